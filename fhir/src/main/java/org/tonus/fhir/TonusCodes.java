package org.tonus.fhir;

/**
 * Tonus's own code systems in FHIR and CDS Hooks output. The alert codes are the stable names of
 * {@link org.tonus.core.alert.AlertCode}; the URLs are identifiers, not pages.
 */
public final class TonusCodes {
  /** DetectedIssue.code and card topics: the alert code, e.g. DOSE_ABOVE_MAX. */
  public static final String ALERT_CODE = "https://tonus.example.org/fhir/CodeSystem/alert-code";

  /** Reasons a clinician may give for overriding a card. */
  public static final String OVERRIDE_REASON =
      "https://tonus.example.org/fhir/CodeSystem/override-reason";

  /** Knowledge fact ids (DOSE-US-02) cited as evidence. */
  public static final String FACT = "https://tonus.example.org/fhir/CodeSystem/fact";

  private TonusCodes() {}
}
