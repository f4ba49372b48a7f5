package org.tonus.core.missed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What to do about a missed dose: the action, the amount to take now (the usual dose or 0, never
 * more: {@code neverDouble} is always true), the advice in words, the time arithmetic in minutes,
 * and the facts and sources applied.
 */
public record MissedDoseAdvice(
    MissedDoseAction action,
    BigDecimal doseMg,
    boolean neverDouble,
    List<String> advice,
    long minutesSinceMissed,
    long minutesUntilNext,
    List<String> rules,
    List<String> sources) {

  public MissedDoseAdvice {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(doseMg, "doseMg");
    if (!neverDouble) {
      throw new IllegalArgumentException("neverDouble is false; Tonus never advises a double dose");
    }
    if (action == MissedDoseAction.SKIP && doseMg.signum() != 0) {
      throw new IllegalArgumentException("doseMg is " + doseMg + " for a skipped dose; it is 0");
    }
    advice = List.copyOf(advice);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }
}
