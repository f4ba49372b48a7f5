package org.tonus.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.patient.Patient;
import org.tonus.core.renal.RenalAssessment;
import org.tonus.core.renal.RenalAssessor;

/**
 * Makes oral titration plans from the knowledge: the adult schedule of the jurisdiction (start,
 * per-dose step, interval, maximum), the UK weight-based children's schedule, or a refusal where no
 * schedule is established for the patient's age (PED-US-01). Every plan is capped at the applicable
 * maximum, the child caps and, when kidney data is given, the kidney-adjusted maximum, and every
 * dose is expressed in real tablets or measured liquid.
 */
public final class TitrationPlanner {
  private final DosingFacts facts;
  private final RenalAssessor renal;
  private final Preparations preparations;

  public TitrationPlanner(Knowledge knowledge) {
    this.facts = new DosingFacts(knowledge);
    this.renal = new RenalAssessor(knowledge);
    this.preparations = new Preparations(facts);
  }

  public TitrationOutcome titrate(TitrationRequest request) {
    Jurisdiction jurisdiction = request.jurisdiction();
    Patient patient = request.patient();
    Provenance provenance = new Provenance();
    List<Alert> alerts = new ArrayList<>();
    Fact adultBand = facts.adultAgeBand(jurisdiction); // DOSE-US-04, DOSE-UK-01-G
    provenance.cite(adultBand);
    boolean child = patient.ageYears() < facts.adultFromYears(jurisdiction);
    if (child && facts.childStart(jurisdiction).isEmpty()) {
      return notEstablished(jurisdiction, patient, provenance);
    }
    RenalAssessment kidney = renal.renal(patient, jurisdiction);
    if (kidney instanceof RenalAssessment.NotAssessed unknown && unknown.kidneyDataGiven()) {
      provenance.add(unknown.rules(), unknown.sources());
      Alert alert =
          PlanAlerts.alert(
              AlertCode.RENAL_ADJUST,
              Severity.WARNING,
              "Kidney data was given but its meaning cannot be worked out: "
                  + unknown.reason()
                  + ". Tonus makes no plan rather than ignore it.",
              unknown.sources(),
              "missing",
              String.join(", ", unknown.missing()));
      return new PlanRefused(
          unknown.reason(), List.of(alert), provenance.rules(), provenance.sources());
    }
    Optional<RenalAssessment.Assessed> assessed =
        kidney instanceof RenalAssessment.Assessed a ? Optional.of(a) : Optional.empty();
    assessed.ifPresent(
        a -> {
          provenance.add(a.rules(), a.sources());
          alerts.addAll(a.alerts());
        });
    return child
        ? new ChildTitration(facts, preparations).plan(request, assessed, provenance, alerts)
        : new AdultTitration(facts, preparations).plan(request, assessed, provenance, alerts);
  }

  private PlanRefused notEstablished(
      Jurisdiction jurisdiction, Patient patient, Provenance provenance) {
    List<Fact> statements = facts.childNotEstablished(jurisdiction, patient.ageYears());
    provenance.citeAll(statements);
    int from = facts.adultFromYears(jurisdiction);
    String reason =
        "No oral dose is established for children under "
            + from
            + " in the "
            + jurisdiction
            + " (age "
            + patient.ageYears()
            + "); Tonus makes no plan. Use at this age is off-label and should be led by a"
            + " specialist.";
    Alert alert =
        PlanAlerts.alert(
            AlertCode.PEDIATRIC_LIMIT,
            Severity.WARNING,
            reason,
            Provenance.sourcesOf(statements.toArray(Fact[]::new)),
            "ageYears",
            Integer.toString(patient.ageYears()),
            "establishedFromYears",
            Integer.toString(from),
            "facts",
            String.join(", ", statements.stream().map(Fact::id).toList()));
    return new PlanRefused(reason, List.of(alert), provenance.rules(), provenance.sources());
  }
}
