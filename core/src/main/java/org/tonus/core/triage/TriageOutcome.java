package org.tonus.core.triage;

/**
 * What the person should do, in rising urgency (DESIGN.md): expected and mild, contact the
 * prescriber, or seek care now. The JSON word is the constant's name.
 */
public enum TriageOutcome {
  EXPECTED_MILD,
  CONTACT_PRESCRIBER,
  SEEK_CARE_NOW;

  /** The more urgent of the two: when in doubt, the more cautious outcome. */
  public TriageOutcome atLeast(TriageOutcome other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
