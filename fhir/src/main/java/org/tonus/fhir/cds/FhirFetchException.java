package org.tonus.fhir.cds;

/**
 * A FHIR server could not give what a CDS call needs (unreachable, too slow, refused, or not FHIR).
 * The message names the query and the cause, never the token.
 */
public final class FhirFetchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FhirFetchException(String message) {
    super(message);
  }

  public FhirFetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
