package org.tonus.app.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tonus.core.check.AllergyMention;
import org.tonus.core.check.CheckPatient;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.ConditionMention;
import org.tonus.core.check.CurrentOrder;
import org.tonus.core.check.MedicationMention;
import org.tonus.core.check.OrderInput;
import org.tonus.core.check.PumpSettings;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;

/** The check contract of DESIGN.md, read into the core's request; every field checked once. */
public final class CheckRequestReader {
  private static final String[] REQUEST_FIELDS = {
    "jurisdiction", "patient", "current", "pump", "order", "today"
  };
  private static final String[] ORDER_FIELDS = orderFields("indication", "replacesCurrent", "stop");
  private static final String[] CURRENT_FIELDS = orderFields("since", "phase");
  private static final String[] TEXT = {"text"};
  private static final String[] ALLERGY_FIELDS = {"text", "reaction"};
  private static final String[] CONDITION_FIELDS = {"text", "icd10", "snomed"};
  private static final String[] PUMP_FIELDS = {
    "reservoirConcentrationMcgPerMl", "programmedConcentrationMcgPerMl"
  };

  private CheckRequestReader() {}

  /**
   * @param today used when the request gives no {@code today}; the CLI passes the clock's date
   */
  public static CheckRequest read(RequestFields request, LocalDate today) {
    request.allowOnly(REQUEST_FIELDS);
    CheckPatient checkPatient = patient(request.requiredObject("patient"));
    RequestFields order = request.requiredObject("order");
    order.allowOnly(ORDER_FIELDS);
    return new CheckRequest(
        request.choice("jurisdiction", Jurisdiction.class).orElse(Jurisdiction.US),
        checkPatient,
        request.object("current").map(CheckRequestReader::current),
        request.object("pump").map(CheckRequestReader::pump),
        orderInput(order),
        order.bool("replacesCurrent").orElse(false),
        order.text("indication"),
        request.date("today").orElse(today));
  }

  /** The {@code patient} object of the check contract (also read by {@code triage}). */
  public static CheckPatient patient(RequestFields patientFields) {
    Patient patient = PatientRequest.read(patientFields);
    // read in the order of the record's components, so the first bad field is the one reported
    boolean pregnant = patientFields.bool("pregnant").orElse(false);
    boolean breastfeeding = patientFields.bool("breastfeeding").orElse(false);
    List<RequestFields> conditionFields = patientFields.objects("conditions");
    List<ConditionMention> conditions = new ArrayList<>(conditionFields.size());
    for (RequestFields condition : conditionFields) {
      conditions.add(condition(condition));
    }
    List<RequestFields> medicationFields = patientFields.objects("medications");
    List<MedicationMention> medications = new ArrayList<>(medicationFields.size());
    for (RequestFields medication : medicationFields) {
      medications.add(new MedicationMention(medication.allowOnly(TEXT).requiredText("text")));
    }
    List<RequestFields> allergyFields = patientFields.objects("allergies");
    List<AllergyMention> allergies = new ArrayList<>(allergyFields.size());
    for (RequestFields allergy : allergyFields) {
      allergies.add(
          new AllergyMention(
              allergy.allowOnly(ALLERGY_FIELDS).requiredText("text"), allergy.text("reaction")));
    }
    return new CheckPatient(
        patient,
        pregnant,
        breastfeeding,
        conditions,
        medications,
        allergies,
        patientFields.choice("alcoholUse", CheckPatient.AlcoholIntake.class));
  }

  private static ConditionMention condition(RequestFields condition) {
    condition.allowOnly(CONDITION_FIELDS);
    if (!condition.has("text") && !condition.has("icd10") && !condition.has("snomed")) {
      throw new BadRequestException(condition.path() + " needs text, icd10 or snomed");
    }
    return new ConditionMention(
        condition.text("text"), condition.text("icd10"), condition.text("snomed"));
  }

  /** The {@code current} regimen of the check contract (also read by {@code triage}). */
  public static CurrentOrder current(RequestFields current) {
    current.allowOnly(CURRENT_FIELDS);
    return new CurrentOrder(
        orderInput(current),
        current.date("since"),
        current.choice("phase", CurrentOrder.Phase.class));
  }

  /** The {@code pump} settings of the check contract (also read by {@code triage}). */
  public static PumpSettings pump(RequestFields pump) {
    pump.allowOnly(PUMP_FIELDS);
    try {
      return new PumpSettings(
          pump.requiredDecimal("reservoirConcentrationMcgPerMl"),
          pump.requiredDecimal("programmedConcentrationMcgPerMl"));
    } catch (IllegalArgumentException impossible) {
      throw new BadRequestException(pump.path() + ": " + impossible.getMessage());
    }
  }

  /** The fields of a sig or a structured order, with those of this kind of order. */
  private static String[] orderFields(String... more) {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "sig",
                "drug",
                "doseValue",
                "doseUnit",
                "route",
                "timesPerDay",
                "asNeeded",
                "durationDays"));
    fields.addAll(List.of(more));
    return fields.toArray(String[]::new);
  }

  /** A sig, a structured order, or a stop; exactly one of the three. */
  private static OrderInput orderInput(RequestFields order) {
    boolean stop = order.bool("stop").orElse(false);
    boolean sig = order.has("sig");
    boolean structured = order.has("drug");
    int given = (stop ? 1 : 0) + (sig ? 1 : 0) + (structured ? 1 : 0);
    if (given != 1) {
      throw new BadRequestException(
          order.path()
              + " needs exactly one of: sig (text), drug with doseValue and doseUnit (structured),"
              + " or stop: true");
    }
    if (stop) {
      return OrderInput.stop();
    }
    if (sig) {
      return OrderInput.sig(order.requiredText("sig"));
    }
    return new OrderInput.Structured(
        order.requiredText("drug"),
        order.decimal("doseValue"),
        order.text("doseUnit"),
        order.text("route"),
        order.integer("timesPerDay"),
        order.bool("asNeeded").orElse(false),
        order.integer("durationDays"));
  }
}
