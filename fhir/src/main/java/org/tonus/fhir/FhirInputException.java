package org.tonus.fhir;

/**
 * FHIR input Tonus cannot read without guessing: malformed JSON, a resource of the wrong type, or a
 * missing or unusable element. The message names the resource and the element, e.g. {@code
 * MedicationRequest/draft-1 dosageInstruction[0].doseAndRate[0].doseQuantity has no unit}, and says
 * what would be accepted. {@link OperationOutcomes#of(FhirInputException)} turns it into the FHIR
 * answer.
 */
public final class FhirInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FhirInputException(String message) {
    super(message);
  }

  public FhirInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
