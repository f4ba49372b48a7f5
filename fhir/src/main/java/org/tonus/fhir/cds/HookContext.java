package org.tonus.fhir.cds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The context of an {@code order-select} or {@code order-sign} call: who orders, for which patient
 * and encounter, the draft orders (a FHIR Bundle, as JSON) and, for order-select, the ids of the
 * orders just selected ({@code MedicationRequest/draft-1}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HookContext(
    Optional<String> userId,
    String patientId,
    Optional<String> encounterId,
    Optional<JsonNode> draftOrders,
    List<String> selections) {
  public HookContext {
    userId = userId == null ? Optional.empty() : userId;
    if (patientId == null || patientId.isBlank()) {
      throw new IllegalArgumentException("context.patientId is required");
    }
    encounterId = encounterId == null ? Optional.empty() : encounterId;
    draftOrders = draftOrders == null ? Optional.empty() : draftOrders.filter(n -> !n.isNull());
    selections = selections == null ? List.of() : List.copyOf(selections);
  }
}
