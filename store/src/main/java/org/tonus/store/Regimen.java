package org.tonus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A regimen a patient follows from {@code start} (until {@code end}, inclusive, if it ends): the
 * number of doses planned each day and the plan's steps as JSON. Doses per day is at least 1.
 */
public record Regimen(
    long patientId,
    RegimenSource source,
    LocalDate start,
    Optional<LocalDate> end,
    int dosesPerDay,
    String stepsJson) {
  public Regimen {
    Validate.id("patientId", patientId);
    if (source == null || start == null || end == null) {
      throw new IllegalArgumentException("source, start and end (empty if open) must be given");
    }
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException(
          "end must not be before start " + start + ", was " + end.get());
    }
    if (dosesPerDay < 1) {
      throw new IllegalArgumentException("dosesPerDay must be at least 1, was " + dosesPerDay);
    }
    stepsJson = Validate.text("stepsJson", stepsJson, 20000);
  }

  /**
   * The regimen's steps on the calendar, read from its steps JSON; empty when the JSON gives no
   * dose that can be read.
   */
  public List<RegimenStep> steps() {
    return RegimenSteps.of(this);
  }

  /** The step followed on {@code day}, if the regimen covers it and gives a dose for it. */
  public Optional<RegimenStep> stepOn(LocalDate day) {
    if (!covers(day)) {
      return Optional.empty();
    }
    return steps().stream().filter(step -> step.covers(day)).findFirst();
  }

  /** Whether the regimen is followed on {@code day}. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && end.map(last -> !day.isAfter(last)).orElse(true);
  }
}
