package org.tonus.fhir.cds;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A FHIR server Tonus may read from: its base URL and, when the CDS client granted one, the bearer
 * token to send. Invariant: an absolute http or https URL.
 */
public record FhirServer(URI base, Optional<String> bearerToken) {
  public FhirServer {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(bearerToken, "bearerToken");
    if (!base.isAbsolute()
        || !("https".equals(base.getScheme()) || "http".equals(base.getScheme()))) {
      throw new IllegalArgumentException("fhirServer " + base + " is not an http(s) URL");
    }
  }

  /** The full URL of a relative query such as {@code Condition?patient=p1}. */
  public URI resolve(String relativeQuery) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    // token searches (code=http://loinc.org|2160-0) carry '|', which a URI must percent-encode
    return URI.create(root + relativeQuery.replace("|", "%7C"));
  }

  @Override
  public String toString() {
    // the token is a secret: never in logs or messages
    return "FhirServer[" + base + (bearerToken.isPresent() ? ", with token]" : "]");
  }
}
