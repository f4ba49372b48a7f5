package org.tonus.dur;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.tonus.core.alert.Alert;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.fhir.ClinicalRecord;
import org.tonus.fhir.FhirCheckIntake;
import org.tonus.fhir.FhirInputException;
import org.tonus.fhir.IntakeOptions;
import org.tonus.fhir.lean.Lean;

/**
 * The single-order path as the service runs it, over a bulk export: every resource parsed into a
 * HAPI tree, each baclofen prescription checked through {@link FhirCheckIntake} with the
 * prescription before it as the active regimen, and the core checker. The population job must give
 * the same alerts.
 */
final class HapiReference {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HapiReference() {}

  /** "patient|prescription|code|severity|message|evidence" for every alert. */
  static List<String> alerts(Path dir, Jurisdiction jurisdiction) {
    return run(dir, jurisdiction).alerts();
  }

  /** The alert rows a job wrote to {@code out/alerts.parquet}. */
  static List<AlertRow> jobAlerts(SparkSession spark, Path out) {
    List<AlertRow> rows = new ArrayList<>();
    for (Row row : spark.read().parquet(out.resolve("alerts.parquet").toString()).collectAsList()) {
      String[] v = new String[AlertRow.COLUMNS.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = row.getString(row.fieldIndex(AlertRow.COLUMNS.get(i)));
      }
      rows.add(new AlertRow(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
    }
    return rows;
  }

  /** The job's alert rows written as {@link #alerts} writes the FHIR path's, to compare them. */
  static List<String> rowsOf(List<AlertRow> jobAlerts) {
    List<String> rows = new ArrayList<>();
    for (AlertRow a : jobAlerts) {
      TreeMap<String, String> evidence = new TreeMap<>();
      try {
        JSON.readTree(a.evidence())
            .fields()
            .forEachRemaining(e -> evidence.put(e.getKey(), e.getValue().asText()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the job wrote evidence that is not JSON: " + a, e);
      }
      rows.add(
          String.join(
              "|",
              a.patient(),
              a.prescription(),
              a.code(),
              a.severity(),
              a.message(),
              evidence.toString()));
    }
    return rows;
  }

  /**
   * What the FHIR path gives: the alerts (as {@link #alerts}, and "patient|prescription|unreadable"
   * for a check it refuses) and, per check, the co-medications the checker did not recognise.
   */
  record Result(List<String> alerts, List<String> notRecognised) {}

  static Result run(Path dir, Jurisdiction jurisdiction) {
    FhirContext context = FhirContext.forR4Cached();
    IParser parser = context.newJsonParser();
    FhirCheckIntake intake = new FhirCheckIntake(context, Engines.knowledge());
    // Medication resources (a bulk export's medicationReference targets) belong to no patient:
    // the service gets them with every record, as a FHIR client would send them
    Map<String, Lean.MedicationDef> byId = new java.util.HashMap<>();
    List<Resource> medications = medications(dir, parser, byId);
    ClinicalRecord shared = ClinicalRecord.of(medications);
    Map<String, List<Lean>> leans = new LinkedHashMap<>();
    Map<String, List<Resource>> trees = new LinkedHashMap<>();
    for (InputFile file : InputFile.local(dir)) {
      try (BufferedReader reader = file.open()) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (LineReader.read(line, file.type()) instanceof LineReader.Read read) {
            String patient = read.lean().patient();
            // the lean records only list the prescriptions to check (the steps); HAPI reads them
            leans
                .computeIfAbsent(patient, k -> new ArrayList<>())
                .add(References.resolve(line, read.lean(), byId::get));
            trees
                .computeIfAbsent(patient, k -> new ArrayList<>())
                .add((Resource) parser.parseResource(line));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    PatientScreen screen = Engines.screen(jurisdiction);
    List<String> rows = new ArrayList<>();
    List<String> notRecognised = new ArrayList<>();
    for (Map.Entry<String, List<Lean>> patient : leans.entrySet()) {
      PatientScreen.Chart chart = screen.chart(patient.getValue());
      List<Resource> resources = trees.get(patient.getKey());
      for (PatientScreen.Step step : chart.steps()) {
        String orderId = step.order().id();
        LocalDate today = LocalDate.parse(step.order().date().substring(0, 10));
        List<Resource> record = new ArrayList<>(medications);
        MedicationRequest order = null;
        for (Resource r : resources) {
          if (r instanceof MedicationRequest m && isPackDrug(intake, m, shared)) {
            String id = m.getIdElement().getIdPart();
            if (id.equals(orderId)) {
              order = m.copy();
              order.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
            } else if (step.previous().isPresent() && id.equals(step.previous().get().id())) {
              MedicationRequest previous = m.copy();
              previous.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
              record.add(previous);
            }
            continue; // other baclofen prescriptions are not part of this check
          }
          if (r instanceof Observation o
              && o.hasEffectiveDateTimeType()
              && LocalDate.parse(o.getEffectiveDateTimeType().getValueAsString().substring(0, 10))
                  .isAfter(today)) {
            continue;
          }
          record.add(r);
        }
        if (step.previous().isPresent()) {
          order.setPriorPrescription(
              new Reference("MedicationRequest/" + step.previous().get().id()));
        }
        try {
          CheckRequest request =
              intake
                  .read(ClinicalRecord.of(record), order, IntakeOptions.of(jurisdiction, today))
                  .request();
          CheckResult result = Engines.checker().check(request);
          List<String> unknown = new ArrayList<>(result.unrecognised());
          for (var mention : request.patient().medications()) {
            if (unknown.remove(mention.text())) {
              notRecognised.add(mention.text());
            }
          }
          for (Alert a : result.alerts()) {
            rows.add(
                String.join(
                    "|",
                    patient.getKey(),
                    "MedicationRequest/" + orderId,
                    a.code().name(),
                    a.severity().name().toLowerCase(Locale.ROOT),
                    a.message(),
                    new TreeMap<>(a.evidence()).toString()));
          }
        } catch (FhirInputException unreadable) {
          rows.add(patient.getKey() + "|MedicationRequest/" + orderId + "|unreadable");
        }
      }
    }
    return new Result(rows, notRecognised);
  }

  /**
   * Whether the request is for the pack's drug; one whose medicine cannot be named (a reference not
   * in the export, without a display) is not known to be, and its record is refused where it is
   * read as a co-medication.
   */
  private static boolean isPackDrug(
      FhirCheckIntake intake, MedicationRequest request, ClinicalRecord shared) {
    try {
      return intake.packDrugName(request, shared).isPresent();
    } catch (FhirInputException nameless) {
      return false;
    }
  }

  private static List<Resource> medications(
      Path dir, IParser parser, Map<String, Lean.MedicationDef> byId) {
    List<Resource> found = new ArrayList<>();
    for (InputFile file : InputFile.local(dir)) {
      if (!file.type().equals(LineReader.MEDICATION)) {
        continue;
      }
      try (BufferedReader reader = file.open()) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          // a line the job counts as malformed is no Medication a reference can name
          if (LineReader.read(line, file.type()) instanceof LineReader.Defined defined) {
            found.add((Resource) parser.parseResource(line));
            byId.putIfAbsent(defined.medication().id(), defined.medication());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }
}
