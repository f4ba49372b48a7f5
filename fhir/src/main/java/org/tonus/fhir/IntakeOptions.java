package org.tonus.fhir;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * What a FHIR intake needs besides the resources: the jurisdiction whose rules apply, today's date
 * (ages and "since" are counted to it) and, optionally, the id of the MedicationRequest to check
 * when the caller says which (otherwise the one with status {@code draft}).
 */
public record IntakeOptions(Jurisdiction jurisdiction, LocalDate today, Optional<String> orderId) {
  public IntakeOptions {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(orderId, "orderId");
    orderId.ifPresent(
        id -> {
          if (id.isBlank()) {
            throw new IllegalArgumentException("orderId is blank");
          }
        });
  }

  public static IntakeOptions of(Jurisdiction jurisdiction, LocalDate today) {
    return new IntakeOptions(jurisdiction, today, Optional.empty());
  }

  /** The same options, checking the MedicationRequest with this id (its id part, "draft-1"). */
  public IntakeOptions withOrderId(String id) {
    return new IntakeOptions(jurisdiction, today, Optional.of(id));
  }
}
