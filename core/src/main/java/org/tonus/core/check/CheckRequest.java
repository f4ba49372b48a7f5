package org.tonus.core.check;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * One prescription check: the proposed order for this patient in this jurisdiction, with the
 * current regimen and pump settings when known. {@code replacesCurrent} says the order takes the
 * place of the current regimen and of any baclofen among the patient's medications.
 */
public record CheckRequest(
    Jurisdiction jurisdiction,
    CheckPatient patient,
    Optional<CurrentOrder> current,
    Optional<PumpSettings> pump,
    OrderInput order,
    boolean replacesCurrent,
    Optional<String> indication,
    LocalDate today) {
  public CheckRequest {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(pump, "pump");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(indication, "indication");
    Objects.requireNonNull(today, "today");
  }
}
