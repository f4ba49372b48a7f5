package org.tonus.dur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tonus.core.alert.Alert;
import org.tonus.core.check.AllergyMention;
import org.tonus.core.check.CheckPatient;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.check.ConditionMention;
import org.tonus.core.check.CurrentOrder;
import org.tonus.core.check.MedicationMention;
import org.tonus.core.check.OrderInput;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;
import org.tonus.fhir.lean.Lean;
import org.tonus.fhir.lean.Lean.MedicationRow;
import org.tonus.fhir.lean.Lean.ObservationRow;
import org.tonus.fhir.lean.Lean.PatientRow;
import org.tonus.fhir.lean.LeanIntake;

/**
 * Screens one patient's baclofen prescriptions: each MedicationRequest for baclofen (not draft,
 * cancelled or entered in error), in order of authoredOn, is checked on its own day as a change
 * from the one before it (the current regimen, since its own day; a stop ends the regimen). The
 * patient's age is taken on that day, the latest observations on or before it, the current
 * conditions and allergies, and the other active medicines as co-medications. The same checker and
 * request records as the single-order path; thread-safe.
 */
final class PatientScreen {
  private static final Set<String> NOT_PRESCRIBED =
      Set.of("draft", "cancelled", "entered-in-error");

  private final Checker checker;
  private final LeanIntake intake;
  private final Jurisdiction jurisdiction;

  PatientScreen(Checker checker, LeanIntake intake, Jurisdiction jurisdiction) {
    this.checker = checker;
    this.intake = intake;
    this.jurisdiction = jurisdiction;
  }

  /** A baclofen prescription and the one before it, in the patient's order. */
  record Step(MedicationRow order, Optional<MedicationRow> previous, String drugName) {}

  /** One patient's resources (in file order) sorted out. */
  record Chart(
      Optional<PatientRow> patient,
      List<Lean.ConditionRow> conditions,
      List<Lean.AllergyRow> allergies,
      List<ObservationRow> observations,
      List<MedicationRow> coMedications,
      List<Step> steps) {}

  Chart chart(List<Lean> resources) {
    Optional<PatientRow> patient = Optional.empty();
    List<Lean.ConditionRow> conditions = new ArrayList<>();
    List<Lean.AllergyRow> allergies = new ArrayList<>();
    List<ObservationRow> observations = new ArrayList<>();
    List<MedicationRow> requests = new ArrayList<>();
    List<MedicationRow> statements = new ArrayList<>();
    List<MedicationRow> baclofen = new ArrayList<>();
    for (Lean lean : resources) {
      if (lean instanceof PatientRow p) {
        patient = patient.isPresent() ? patient : Optional.of(p);
      } else if (lean instanceof Lean.ConditionRow c) {
        conditions.add(c);
      } else if (lean instanceof Lean.AllergyRow a) {
        allergies.add(a);
      } else if (lean instanceof ObservationRow o) {
        observations.add(o);
      } else if (lean instanceof MedicationRow m) {
        boolean ours = intake.packDrugName(m.medication()).isPresent();
        if (ours) {
          if (m.kind().equals("MedicationRequest") && !NOT_PRESCRIBED.contains(m.status())) {
            baclofen.add(m);
          }
        } else if (m.status().equals("active")) {
          (m.kind().equals("MedicationRequest") ? requests : statements).add(m);
        }
      }
    }
    baclofen.sort(Comparator.comparing(MedicationRow::date).thenComparing(MedicationRow::id));
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < baclofen.size(); i++) {
      MedicationRow order = baclofen.get(i);
      Optional<MedicationRow> previous =
          i == 0 || baclofen.get(i - 1).doNotPerform()
              ? Optional.empty()
              : Optional.of(baclofen.get(i - 1));
      steps.add(new Step(order, previous, intake.packDrugName(order.medication()).orElseThrow()));
    }
    List<MedicationRow> co = new ArrayList<>(requests);
    co.addAll(statements);
    return new Chart(patient, conditions, allergies, observations, co, steps);
  }

  /** Every prescription of the patient checked, or said unreadable. */
  List<Finding> screen(String patientId, List<Lean> resources) {
    Chart chart = chart(resources);
    List<Finding> findings = new ArrayList<>();
    for (Step step : chart.steps()) {
      findings.add(screen(patientId, chart, step));
    }
    return findings;
  }

  private Finding screen(String patientId, Chart chart, Step step) {
    MedicationRow order = step.order();
    String previousId = step.previous().map(MedicationRow::label).orElse("");
    try {
      CheckRequest request = request(chart, step);
      CheckResult result = checker.check(request);
      Optional<BigDecimal> dailyMg = result.parsedOrder().flatMap(p -> p.dailyDoseMg());
      // the checker lists every mention it could not recognise; the co-medications among them
      List<String> unknown = new ArrayList<>(result.unrecognised());
      List<String> notRecognised = new ArrayList<>();
      for (MedicationMention mention : request.patient().medications()) {
        if (unknown.remove(mention.text())) {
          notRecognised.add(mention.text());
        }
      }
      return new Finding.Screened(
          patientId,
          order.label(),
          previousId,
          order.date(),
          dailyMg,
          result.alerts(),
          notRecognised);
    } catch (LeanIntake.Unreadable e) {
      return new Finding.Unread(
          patientId,
          order.label(),
          previousId,
          order.date(),
          e.getMessage(),
          nameless(chart).stream().map(PatientScreen::nameless).toList());
    }
  }

  /**
   * The co-medications named only by a medicationReference that is not in the export, without a
   * display: the FHIR path refuses a record holding one, as it cannot name the medicine.
   */
  private static List<MedicationRow> nameless(Chart chart) {
    return chart.coMedications().stream()
        .filter(m -> !m.medicationReference().isEmpty() && m.medication().isEmpty())
        .toList();
  }

  private static String nameless(MedicationRow row) {
    return row.label()
        + " (medicationReference "
        + row.medicationReference()
        + " not in the export)";
  }

  CheckRequest request(Chart chart, Step step) {
    MedicationRow order = step.order();
    LocalDate today =
        LeanIntake.day(order.date())
            .orElseThrow(
                () ->
                    new LeanIntake.Unreadable(
                        order.label() + " has no authoredOn date; the review orders by it"));
    PatientRow patientRow =
        chart
            .patient()
            .orElseThrow(
                () -> new LeanIntake.Unreadable("the export has no Patient for " + order.label()));
    OrderInput proposed = intake.order(order, step.drugName());
    Optional<CurrentOrder> current = Optional.empty();
    if (step.previous().isPresent()) {
      MedicationRow previous = step.previous().get();
      String name = intake.packDrugName(previous.medication()).orElseThrow();
      CurrentOrder found = CurrentOrder.of(intake.order(previous, name));
      current = Optional.of(LeanIntake.day(previous.date()).map(found::since).orElse(found));
    }
    List<ObservationRow> known =
        chart.observations().stream()
            .filter(o -> LeanIntake.day(o.effective()).map(d -> !d.isAfter(today)).orElse(true))
            .toList();
    Optional<BigDecimal> creatinine =
        LeanIntake.latest(known, LeanIntake.SERUM_CREATININE).map(LeanIntake::creatinineMgDl);
    Optional<BigDecimal> clearance =
        LeanIntake.latest(known, LeanIntake.CREATININE_CLEARANCE).map(LeanIntake::clearanceMlMin);
    Optional<BigDecimal> weight =
        LeanIntake.latest(known, LeanIntake.BODY_WEIGHT).map(LeanIntake::weightKg);
    boolean pregnant =
        LeanIntake.latest(known, LeanIntake.PREGNANCY_STATUS)
            .map(LeanIntake::pregnant)
            .orElse(false);
    int age = LeanIntake.ageYears(patientRow, today);
    Patient dosing;
    try {
      dosing =
          new Patient(
              age,
              weight,
              LeanIntake.sex(patientRow),
              creatinine,
              clearance,
              false,
              false,
              Optional.empty());
    } catch (IllegalArgumentException impossible) {
      throw new LeanIntake.Unreadable(
          "Patient/" + patientRow.patient() + " with its observations: " + impossible.getMessage());
    }
    List<ConditionMention> conditions =
        chart.conditions().stream().map(LeanIntake::condition).flatMap(Optional::stream).toList();
    List<AllergyMention> allergies =
        chart.allergies().stream().map(LeanIntake::allergy).flatMap(Optional::stream).toList();
    List<MedicationRow> nameless = nameless(chart);
    if (!nameless.isEmpty()) {
      MedicationRow first = nameless.get(0);
      throw new LeanIntake.Unreadable(
          first.label()
              + " medicationReference "
              + first.medicationReference()
              + " is not in the export and has no display, so the co-medication cannot be named"
              + " (the FHIR path refuses the record too); include the Medication");
    }
    List<MedicationMention> others =
        chart.coMedications().stream().map(LeanIntake::mention).flatMap(Optional::stream).toList();
    CheckPatient patient =
        new CheckPatient(dosing, pregnant, false, conditions, others, allergies, Optional.empty());
    return new CheckRequest(
        jurisdiction,
        patient,
        current,
        Optional.empty(),
        proposed,
        current.isPresent(),
        Lean.opt(order.reason()),
        today);
  }

  /** What screening one prescription gave. */
  sealed interface Finding {
    String patient();

    String prescription();

    /** The co-medications of the check that were not recognised, so not checked. */
    List<String> notRecognised();

    /**
     * A prescription checked: its alerts (empty: none), the daily dose as read and the
     * co-medications the checker did not recognise (their texts).
     */
    record Screened(
        String patient,
        String prescription,
        String previous,
        String date,
        Optional<BigDecimal> dailyMg,
        List<Alert> alerts,
        List<String> notRecognised)
        implements Finding {}

    /**
     * A prescription the FHIR rules cannot read, with why; the co-medications that could not be
     * named (a medicationReference not in the export, without a display).
     */
    record Unread(
        String patient,
        String prescription,
        String previous,
        String date,
        String reason,
        List<String> notRecognised)
        implements Finding {}
  }
}
