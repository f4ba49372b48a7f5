package org.tonus.app.serve;

import java.util.Objects;

/**
 * A CDS client (an EHR) this server trusts: the {@code iss} its JWTs carry and where its public
 * keys are, a JWK Set URL ({@code https://…}, fetched and cached) or a JWK Set file.
 */
public record TrustedClient(String issuer, String jwks) {
  public TrustedClient {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(jwks, "jwks");
    if (issuer.isBlank() || jwks.isBlank()) {
      throw new IllegalArgumentException("a trusted CDS client needs an issuer and a JWK Set");
    }
  }

  /** {@code ISSUER=JWKS_URL_OR_FILE}, as {@code --cds-client} takes it; split at the last '='. */
  public static TrustedClient parse(String text) {
    int equals = text.lastIndexOf('=');
    if (equals <= 0 || equals == text.length() - 1) {
      throw new IllegalArgumentException(
          "--cds-client '" + text + "' is not ISSUER=JWKS_URL_OR_FILE");
    }
    return new TrustedClient(text.substring(0, equals).trim(), text.substring(equals + 1).trim());
  }

  boolean isUrl() {
    return jwks.startsWith("https://") || jwks.startsWith("http://");
  }
}
