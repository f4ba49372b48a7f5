package org.tonus.fhir;

import java.util.Objects;
import java.util.Optional;
import org.tonus.core.check.CheckRequest;

/**
 * A check request read from FHIR, with the reference of the order it checks ({@code
 * MedicationRequest/draft-1}, for {@code DetectedIssue.implicated}) and the order's text directions
 * when it had them (kept for display when the structured dose was read instead).
 */
public record FhirCheckRequest(
    CheckRequest request, String orderReference, Optional<String> orderText) {
  public FhirCheckRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(orderReference, "orderReference");
    Objects.requireNonNull(orderText, "orderText");
  }
}
