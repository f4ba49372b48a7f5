package org.tonus.app.serve;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}): the kind of problem
 * ({@code type}, {@code title}), the HTTP status, a {@code detail} a developer can act on (it names
 * the field and the value and says what is accepted), the path of the request ({@code instance})
 * and the id the access log carries for the same request.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId"})
public record Problem(
    String type, String title, int status, String detail, String instance, String requestId) {

  /** A request the contract cannot accept: malformed JSON, a wrong type, an impossible value. */
  public static final String INVALID_REQUEST = "urn:tonus:problem:invalid-request";

  /** No valid credentials: a CDS Hooks call without a valid JWT, an API call not signed in. */
  public static final String UNAUTHORIZED = "urn:tonus:problem:unauthorized";

  /** Signed in, but not allowed: not the patient's own data, no grant in force, not an admin. */
  public static final String FORBIDDEN = "urn:tonus:problem:forbidden";

  /** A login to an account locked after too many failed logins in a row; HTTP 423. */
  public static final String ACCOUNT_LOCKED = "urn:tonus:problem:account-locked";

  /** Too many login attempts from one address or for one username; HTTP 429 with Retry-After. */
  public static final String TOO_MANY_LOGINS = "urn:tonus:problem:too-many-logins";

  /** A failure of the server itself; its details are in the server's error log under requestId. */
  public static final String INTERNAL_ERROR = "urn:tonus:problem:internal-error";

  /**
   * A CDS hook call whose FHIR server could not give the data the check needs (unreachable, too
   * slow, refused or not FHIR); HTTP 412 as CDS Hooks says.
   */
  public static final String FHIR_DATA_UNAVAILABLE = "urn:tonus:problem:fhir-data-unavailable";

  /** A hook call the server cannot answer yet because no hook handler is wired. */
  public static final String NOT_IMPLEMENTED = "urn:tonus:problem:not-implemented";

  /** RFC 9457: the problem is fully described by its HTTP status (404, 405, 413, 415, 408). */
  public static final String HTTP_STATUS = "about:blank";
}
