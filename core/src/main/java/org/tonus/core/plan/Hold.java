package org.tonus.core.plan;

/** A dose level kept for a number of days; a plan is a sequence of holds. */
record Hold(DoseLevel level, int days) {
  Hold {
    if (days < 1) {
      throw new IllegalArgumentException("a hold of " + level + " lasts " + days + " days");
    }
  }

  Hold longer(int extraDays) {
    return new Hold(level, days + extraDays);
  }
}
