package org.tonus.fhir;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Reference;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.plan.PlanStep;
import org.tonus.core.plan.TaperPlan;
import org.tonus.core.plan.TitrationPlan;

/**
 * Plans as one FHIR {@link MedicationRequest} (status draft, intent plan) with one {@code
 * dosageInstruction} per step: {@code sequence} in order, frequency a day, the step's dates as
 * {@code boundsPeriod}, the dose in mg and the directions in plain words. The rules and sources the
 * plan applied are in a note.
 */
public final class PlanRequests {
  private final Drug drug;

  public PlanRequests(Knowledge knowledge) {
    this.drug = new MedicationNames(Objects.requireNonNull(knowledge, "knowledge")).drug();
  }

  /**
   * A titration plan for {@code subject} (e.g. {@code Patient/p1}, or a display-only reference).
   */
  public MedicationRequest titration(TitrationPlan plan, Reference subject) {
    MedicationRequest request = plan(plan.steps(), subject);
    request.addNote(
        new Annotation()
            .setText(
                "Titration plan: "
                    + plan.days()
                    + " days to "
                    + PlanDosages.plain(plan.finalDailyMg())
                    + " mg a day (highest allowed here "
                    + PlanDosages.plain(plan.maximumDailyMg())
                    + " mg a day), "
                    + PlanDosages.plain(plan.totalMg())
                    + " mg in all; after the last step continue as the prescriber directs. "
                    + provenance(plan.rules(), plan.sources())));
    return request;
  }

  /** A taper plan: the reduced steps as dosage lines, then no dosage: baclofen stops. */
  public MedicationRequest taper(TaperPlan plan, Reference subject) {
    List<PlanStep> dosed = plan.steps().stream().filter(s -> !s.level().isNone()).toList();
    MedicationRequest request = plan(dosed, subject);
    request.addNote(
        new Annotation()
            .setText(
                "Taper plan: "
                    + plan.days()
                    + " days of reduced doses; no baclofen from day "
                    + (plan.days() + 1)
                    + ". "
                    + provenance(plan.rules(), plan.sources())));
    return request;
  }

  private MedicationRequest plan(List<PlanStep> steps, Reference subject) {
    MedicationRequest request = new MedicationRequest();
    request.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
    request.setIntent(MedicationRequest.MedicationRequestIntent.PLAN);
    request.setSubject(Objects.requireNonNull(subject, "subject"));
    CodeableConcept medication = new CodeableConcept().setText(drug.name());
    drug.rxnorm()
        .ifPresent(
            code -> medication.addCoding(new Coding(MedicationNames.RXNORM, code, drug.name())));
    request.setMedication(medication);
    for (int i = 0; i < steps.size(); i++) {
      request.addDosageInstruction(PlanDosages.step(steps.get(i), i + 1, drug.name()));
    }
    return request;
  }

  private static String provenance(List<String> rules, List<String> sources) {
    return "Rules: " + String.join(", ", rules) + ". Sources: " + String.join(", ", sources) + ".";
  }
}
