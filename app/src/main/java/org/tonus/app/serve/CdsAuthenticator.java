package org.tonus.app.serve;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticates a CDS client as CDS Hooks 2.0 asks: a JWT in {@code Authorization: Bearer}, signed
 * (RS384 or ES384, which the specification names; RS256 and ES256 are accepted too) by a key in the
 * JWK Set of a trusted client, whose {@code iss} is that client, whose {@code aud} is the URL being
 * called, that has not expired, was not issued in the future or long ago, and whose {@code jti} has
 * not been seen before (remembered until the token expires). Every refusal says why.
 */
final class CdsAuthenticator {
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384, JWSAlgorithm.RS256, JWSAlgorithm.ES256);

  /** Clocks of client and server may differ by this much. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** A token issued longer ago than this is refused even if it has not expired. */
  static final Duration MAX_AGE = Duration.ofHours(1);

  /** Most jti values remembered at once; beyond it (all still unexpired) new tokens wait. */
  static final int MAX_REMEMBERED = 100_000;

  private final Map<String, JWKSource<SecurityContext>> keys = new HashMap<>();
  private final boolean insecureDevelopment;
  private final Clock clock;
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  /** Who called: the issuer of a verified token, or what an unverified one claims in dev mode. */
  record Caller(String issuer, boolean verified) {}

  CdsAuthenticator(List<TrustedClient> clients, boolean insecureDevelopment, Clock clock) {
    this.insecureDevelopment = insecureDevelopment;
    this.clock = clock;
    for (TrustedClient client : clients) {
      keys.put(client.issuer(), source(client));
    }
  }

  private static JWKSource<SecurityContext> source(TrustedClient client) {
    if (client.isUrl()) {
      try {
        // Cached and rate limited by nimbus: a key rotation is picked up, a flood is not relayed.
        return JWKSourceBuilder.<SecurityContext>create(URI.create(client.jwks()).toURL()).build();
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--cds-client " + client.issuer() + ": '" + client.jwks() + "' is not a URL", e);
      }
    }
    try {
      return new ImmutableJWKSet<>(JWKSet.load(Path.of(client.jwks()).toFile()));
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException(
          "--cds-client "
              + client.issuer()
              + ": the JWK Set file '"
              + client.jwks()
              + "' cannot be read: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * @param authorization the Authorization header, if any
   * @param audience the URL being called, which the token's {@code aud} must name
   * @throws ProblemException 401 with the reason
   */
  Caller authenticate(Optional<String> authorization, String audience) {
    if (insecureDevelopment) {
      return new Caller(claimedIssuer(authorization).orElse("(unverified)"), false);
    }
    String token = bearer(authorization);
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw refused("the bearer token is not a signed JWT");
    }
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    if (!ALGORITHMS.contains(algorithm)) {
      throw refused(
          "the token is signed with "
              + algorithm
              + "; sign with RS384 or ES384 (RS256 and ES256 are accepted too)");
    }
    String issuer = claims.getIssuer();
    if (issuer == null) {
      throw refused("the token has no iss (issuer)");
    }
    JWKSource<SecurityContext> source = keys.get(issuer);
    if (source == null) {
      throw refused("unknown issuer '" + issuer + "': this server trusts no such CDS client");
    }
    verifySignature(jwt, issuer, source);
    checkAudience(claims, audience);
    Instant now = clock.instant();
    Instant expires = checkTimes(claims, now);
    remember(issuer, claims.getJWTID(), expires, now);
    return new Caller(issuer, true);
  }

  private static String bearer(Optional<String> authorization) {
    String header =
        authorization
            .filter(value -> !value.isBlank())
            .orElseThrow(
                () ->
                    refused(
                        "no token: send Authorization: Bearer <JWT> signed by a trusted CDS"
                            + " client"));
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw refused("the Authorization header is not a Bearer token");
    }
    return header.substring(7).trim();
  }

  private static void verifySignature(
      SignedJWT jwt, String issuer, JWKSource<SecurityContext> source) {
    List<JWK> candidates;
    try {
      candidates = source.get(new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())), null);
    } catch (com.nimbusds.jose.KeySourceException e) {
      throw refused("the JWK Set of issuer '" + issuer + "' cannot be read: " + e.getMessage());
    }
    for (JWK key : candidates) {
      try {
        JWSVerifier verifier =
            key instanceof RSAKey rsa
                ? new RSASSAVerifier(rsa)
                : key instanceof ECKey ec ? new ECDSAVerifier(ec) : null;
        if (verifier != null && jwt.verify(verifier)) {
          return;
        }
      } catch (JOSEException e) {
        // A key that cannot verify this algorithm is simply not the signing key.
      }
    }
    throw refused(
        "bad signature: no key in the JWK Set of issuer '"
            + issuer
            + "' verifies this token"
            + (jwt.getHeader().getKeyID() == null
                ? ""
                : " (kid '" + jwt.getHeader().getKeyID() + "')"));
  }

  private static void checkAudience(JWTClaimsSet claims, String audience) {
    List<String> audiences = claims.getAudience();
    if (!audiences.contains(audience)) {
      throw refused(
          "wrong audience: the token is for "
              + (audiences.isEmpty() ? "no aud" : String.join(", ", audiences))
              + ", but this endpoint is "
              + audience);
    }
  }

  private static Instant checkTimes(JWTClaimsSet claims, Instant now) {
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw refused("the token has no exp (expiry)");
    }
    Instant expires = exp.toInstant();
    if (expires.plus(CLOCK_SKEW).isBefore(now)) {
      throw refused("the token expired at " + expires + " (server time " + now + ")");
    }
    Date iat = claims.getIssueTime();
    if (iat == null) {
      throw refused("the token has no iat (issued at)");
    }
    Instant issued = iat.toInstant();
    if (issued.minus(CLOCK_SKEW).isAfter(now)) {
      throw refused(
          "the token is issued in the future, at " + issued + " (server time " + now + ")");
    }
    if (issued.plus(MAX_AGE).isBefore(now)) {
      throw refused(
          "the token was issued at "
              + issued
              + ", more than "
              + MAX_AGE.toMinutes()
              + " minutes ago");
    }
    return expires;
  }

  private void remember(String issuer, String jti, Instant expires, Instant now) {
    if (jti == null || jti.isBlank()) {
      throw refused("the token has no jti (a nonce that may be used once)");
    }
    if (seen.size() >= MAX_REMEMBERED) {
      seen.values().removeIf(until -> until.plus(CLOCK_SKEW).isBefore(now));
      if (seen.size() >= MAX_REMEMBERED) {
        throw refused("too many unexpired tokens are remembered; retry with a fresh token shortly");
      }
    }
    Instant previous = seen.putIfAbsent(issuer + "\n" + jti, expires);
    if (previous != null) {
      throw refused("reused jti '" + jti + "': a token may be used once");
    }
  }

  private static Optional<String> claimedIssuer(Optional<String> authorization) {
    try {
      return Optional.ofNullable(
          SignedJWT.parse(bearer(authorization)).getJWTClaimsSet().getIssuer());
    } catch (ParseException | ProblemException e) {
      return Optional.empty();
    }
  }

  static ProblemException refused(String reason) {
    return new ProblemException(
        401,
        Problem.UNAUTHORIZED,
        reason,
        Map.of(
            "WWW-Authenticate",
            "Bearer error=\"invalid_token\", error_description=\""
                + reason.replace("\"", "'")
                + "\""));
  }
}
