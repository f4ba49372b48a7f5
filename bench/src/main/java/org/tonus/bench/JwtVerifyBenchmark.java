package org.tonus.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What verifying a CDS client's JWT costs each hook call (issue 5), apart from the load run (which
 * calls the hook unsigned, since wrk cannot sign a fresh jti per request): parsing and verifying
 * the signature of an RS384 (RSA 2048) and an ES384 (P-384) token with Nimbus, the library the
 * server verifies with. Baseline: parsing the token without verifying it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class JwtVerifyBenchmark {
  private String rs384;
  private String es384;
  private JWSVerifier rsaVerifier;
  private JWSVerifier ecVerifier;

  @Setup
  public void setUp() throws JOSEException {
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    ECKey ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("https://ehr.example.test")
            .audience("http://127.0.0.1:8080/cds-services/tonus-order-sign")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
            .jwtID("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea")
            .build();
    SignedJWT rsaJwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS384), claims);
    rsaJwt.sign(new RSASSASigner(rsa));
    SignedJWT ecJwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES384), claims);
    ecJwt.sign(new ECDSASigner(ec));
    rs384 = rsaJwt.serialize();
    es384 = ecJwt.serialize();
    rsaVerifier = new RSASSAVerifier(rsa.toRSAPublicKey());
    ecVerifier = new ECDSAVerifier(ec.toECPublicKey());
  }

  @Benchmark
  public boolean verifyRs384() throws ParseException, JOSEException {
    return SignedJWT.parse(rs384).verify(rsaVerifier);
  }

  @Benchmark
  public boolean verifyEs384() throws ParseException, JOSEException {
    return SignedJWT.parse(es384).verify(ecVerifier);
  }

  @Benchmark
  public JWTClaimsSet baselineParseOnly() throws ParseException {
    return SignedJWT.parse(rs384).getJWTClaimsSet();
  }
}
