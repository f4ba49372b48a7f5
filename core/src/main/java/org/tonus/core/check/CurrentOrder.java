package org.tonus.core.check;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The baclofen regimen the patient is on now: the order, since when it has been taken at this dose,
 * and for intrathecal therapy the phase it is in.
 */
public record CurrentOrder(OrderInput order, Optional<LocalDate> since, Optional<Phase> phase) {

  /** Where an intrathecal (or oral) course stands. */
  public enum Phase {
    SCREENING,
    TITRATION,
    MAINTENANCE
  }

  public CurrentOrder {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(phase, "phase");
  }

  public static CurrentOrder of(OrderInput order) {
    return new CurrentOrder(order, Optional.empty(), Optional.empty());
  }

  public CurrentOrder since(LocalDate date) {
    return new CurrentOrder(order, Optional.of(date), phase);
  }

  public CurrentOrder inPhase(Phase value) {
    return new CurrentOrder(order, since, Optional.of(value));
  }
}
