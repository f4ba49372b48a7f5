package org.tonus.core.sig;

/** A named time for a once-a-day dose ("at bedtime", "mane"). */
public enum TimeOfDay {
  MORNING("in the morning"),
  EVENING("in the evening"),
  BEDTIME("at bedtime");

  private final String words;

  TimeOfDay(String words) {
    this.words = words;
  }

  /** The canonical words the printer writes. */
  public String words() {
    return words;
  }
}
