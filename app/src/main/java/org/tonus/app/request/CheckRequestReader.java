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
    return new CheckPatient(
        patient,
        patientFields.bool("pregnant").orElse(false),
        patientFields.bool("breastfeeding").orElse(false),
        patientFields.objects("conditions").stream().map(CheckRequestReader::condition).toList(),
        patientFields.objects("medications").stream()
            .map(m -> new MedicationMention(m.allowOnly("text").requiredText("text")))
            .toList(),
        patientFields.objects("allergies").stream()
            .map(
                a ->
                    new AllergyMention(
                        a.allowOnly("text", "reaction").requiredText("text"), a.text("reaction")))
            .toList(),
        patientFields.choice("alcoholUse", CheckPatient.AlcoholIntake.class));
  }

  private static ConditionMention condition(RequestFields condition) {
    condition.allowOnly("text", "icd10", "snomed");
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
    pump.allowOnly("reservoirConcentrationMcgPerMl", "programmedConcentrationMcgPerMl");
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
