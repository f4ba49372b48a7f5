package org.tonus.dur;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.fhir.lean.Lean;
import org.tonus.fhir.lean.Lean.MedicationDef;

/**
 * The population review in one thread without Spark: reads the export's files in the job's order
 * (Medications first, into a map by id that resolves the rows' medicationReference), groups the
 * lean records by patient in memory and screens each patient. The baseline of the benchmark and the
 * reference of the equality test; holds the whole export in memory, so it is for populations that
 * fit.
 */
final class PlainReview {
  private PlainReview() {}

  /** Screens the export in {@code dir}; every alert goes to {@code alerts}; returns the counts. */
  static Tally run(Path dir, Jurisdiction jurisdiction, Consumer<AlertRow> alerts) {
    Tally tally = new Tally();
    Map<String, List<Lean>> byPatient = new LinkedHashMap<>();
    // the Medication files come first in reading order: the map is whole before any row needs it
    Map<String, MedicationDef> medications = new HashMap<>();
    for (InputFile file : InputFile.local(dir)) {
      try (BufferedReader reader = file.open()) {
        long number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          number++;
          LineReader.Result result = LineReader.read(line, file.type());
          if (result instanceof LineReader.Read read) {
            byPatient
                .computeIfAbsent(read.lean().patient(), k -> new ArrayList<>())
                .add(References.resolve(line, read.lean(), medications::get));
          } else if (result instanceof LineReader.Defined defined) {
            // the first Medication with an id names it, as the FHIR path takes the first match
            medications.putIfAbsent(defined.medication().id(), defined.medication());
          } else if (result instanceof LineReader.Malformed bad) {
            tally.malformed(file.name(), number, bad.reason());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file.path(), e);
      }
    }
    PatientScreen screen = Engines.screen(jurisdiction);
    for (Map.Entry<String, List<Lean>> patient : byPatient.entrySet()) {
      List<PatientScreen.Finding> findings = screen.screen(patient.getKey(), patient.getValue());
      tally.patient(findings);
      findings.forEach(f -> AlertRow.of(f).forEach(alerts));
    }
    return tally;
  }
}
