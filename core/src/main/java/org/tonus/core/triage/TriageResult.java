package org.tonus.core.triage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.check.CheckResult;

/**
 * The answer to a symptom report: the outcome, the symptoms recognised (and those the person
 * denied), the alerts (SEEK_CARE_NOW, OVERDOSE_SIGNS, WITHDRAWAL_SIGNS, then the check of the
 * current regimen when one was given), plain advice, the words not recognised, the check itself,
 * the facts applied ({@code rules}) and their sources, and the disclaimer. Invariant: the outcome
 * is SEEK_CARE_NOW exactly when a critical SEEK_CARE_NOW alert is present.
 */
public record TriageResult(
    TriageOutcome outcome,
    List<RecognisedSymptom> symptoms,
    List<RecognisedSymptom> negated,
    List<Alert> alerts,
    List<String> advice,
    List<String> unrecognised,
    Optional<CheckResult> check,
    List<String> rules,
    List<String> sources,
    String disclaimer) {

  /** Said with every answer: triage sorts, it does not diagnose. */
  public static final String DISCLAIMER =
      "This is not a diagnosis. Tonus sorts symptoms by urgency from its baclofen knowledge; it"
          + " supports, and never replaces, the judgement of a clinician who knows the patient.";

  public TriageResult {
    Objects.requireNonNull(outcome, "outcome");
    symptoms = List.copyOf(symptoms);
    negated = List.copyOf(negated);
    alerts = List.copyOf(alerts);
    advice = List.copyOf(advice);
    unrecognised = List.copyOf(unrecognised);
    Objects.requireNonNull(check, "check");
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    if (disclaimer.isBlank()) {
      throw new IllegalArgumentException("disclaimer is blank");
    }
  }
}
