package org.tonus.core.missed;

import java.util.Locale;

/** What to do about a missed oral dose now: take it, or leave it out and keep the schedule. */
public enum MissedDoseAction {
  TAKE_NOW,
  SKIP;

  /** The JSON word: take_now, skip. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
