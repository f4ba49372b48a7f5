package org.tonus.core.knowledge;

/** Rules for a missed oral dose. */
public enum MissedDoseRule implements Coded {
  NEVER_DOUBLE,
  TAKE_WHEN_REMEMBERED,
  SKIP_IF_NEXT_DOSE_SOON,
  MINIMUM_GAP
}
