package org.tonus.fhir.cds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The OAuth 2.0 bearer token a CDS client grants for reading its FHIR server, as the specification
 * names the fields ({@code access_token}, {@code token_type} "Bearer", {@code expires_in} seconds,
 * {@code scope}, {@code subject}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FhirAuthorization(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") Optional<Long> expiresIn,
    @JsonProperty("scope") Optional<String> scope,
    @JsonProperty("subject") Optional<String> subject) {
  public FhirAuthorization {
    if (accessToken == null || accessToken.isBlank()) {
      throw new IllegalArgumentException("fhirAuthorization.access_token is required");
    }
    if (tokenType == null || !tokenType.equalsIgnoreCase("Bearer")) {
      throw new IllegalArgumentException(
          "fhirAuthorization.token_type must be Bearer, not " + tokenType);
    }
    expiresIn = expiresIn == null ? Optional.empty() : expiresIn;
    scope = scope == null ? Optional.empty() : scope;
    subject = subject == null ? Optional.empty() : subject;
  }
}
