package org.tonus.store;

/** What happened to a dose: taken on time, missed, taken late, or taken beyond the plan. */
public enum DoseKind {
  TAKEN,
  MISSED,
  LATE,
  EXTRA;

  /** Whether the patient swallowed (or received) this dose. */
  public boolean swallowed() {
    return this != MISSED;
  }

  /** Whether this dose counts towards adherence: a planned dose taken, on time or late. */
  public boolean plannedAndTaken() {
    return this == TAKEN || this == LATE;
  }
}
