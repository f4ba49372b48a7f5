package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CDS Hooks over real HTTP: discovery, a hook call with a client JWT (RS384 and ES384 keys made
 * here, their JWK Set in a file), every reason a token is refused, and feedback in the data folder.
 */
class CdsHooksTest {
  static final String ISSUER = "https://ehr.example.test";
  static final String HOOK_BODY =
      "{\"hook\": \"order-sign\", \"hookInstance\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\","
          + " \"context\": {\"patientId\": \"p1\", \"draftOrders\": {}}}";

  @TempDir static Path data;
  @TempDir static Path keys;
  static RSAKey rsa;
  static ECKey ec;
  static RSAKey stranger;
  static RunningServer running;
  static final List<String> handled = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws JOSEException, IOException {
    rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
    stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    Path jwks = keys.resolve("ehr-jwks.json");
    Files.writeString(
        jwks,
        new JWKSet(List.<JWK>of(rsa.toPublicJWK(), ec.toPublicJWK())).toString(),
        StandardCharsets.UTF_8);
    running =
        new RunningServer(
            data,
            builder ->
                builder
                    .trustedClient(TrustedClient.parse(ISSUER + "=" + jwks))
                    .cdsHookHandler(
                        (serviceId, request) -> {
                          handled.add(serviceId + " " + request.path("hookInstance").asText());
                          ObjectNode cards = RunningServer.JSON.createObjectNode();
                          cards.putArray("cards").addObject().put("summary", "test card");
                          return cards;
                        }));
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void discoveryListsBothOrderHooksWithTheirPrefetch() {
    HttpResponse<String> response = running.get("/cds-services");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode services = RunningServer.tree(response).path("services");
    assertThat(services).hasSize(2);
    assertThat(services.get(0).path("id").asText()).isEqualTo("tonus-order-select");
    assertThat(services.get(0).path("hook").asText()).isEqualTo("order-select");
    assertThat(services.get(1).path("id").asText()).isEqualTo("tonus-order-sign");
    assertThat(services.get(1).path("hook").asText()).isEqualTo("order-sign");
    JsonNode prefetch = services.get(1).path("prefetch");
    assertThat(prefetch.path("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
    assertThat(prefetch.path("serumCreatinine").asText()).contains("http://loinc.org|2160-0");
    assertThat(prefetch.path("bodyWeight").asText()).contains("http://loinc.org|29463-7");
    assertThat(prefetch.has("conditions")).isTrue();
    assertThat(prefetch.has("medications")).isTrue();
    assertThat(prefetch.has("allergies")).isTrue();
  }

  @Test
  void aSignedRs384TokenReachesTheHandler() throws JOSEException {
    HttpResponse<String> response =
        call("tonus-order-sign", token(rsa, JWSAlgorithm.RS384, claims("tonus-order-sign")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(RunningServer.tree(response).path("cards").get(0).path("summary").asText())
        .isEqualTo("test card");
    assertThat(handled).contains("tonus-order-sign d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
  }

  @Test
  void aSignedEs384TokenIsAcceptedToo() throws JOSEException {
    HttpResponse<String> response =
        call("tonus-order-sign", token(ec, JWSAlgorithm.ES384, claims("tonus-order-sign")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void noTokenIsRefused() {
    HttpResponse<String> response = call("tonus-order-sign", null);

    assertThat(refusal(response)).startsWith("no token");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(
            value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""));
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws JOSEException {
    HttpResponse<String> response =
        call("tonus-order-sign", token(stranger, JWSAlgorithm.RS384, claims("tonus-order-sign")));

    assertThat(refusal(response)).startsWith("bad signature");
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws JOSEException {
    HttpResponse<String> response =
        call("tonus-order-sign", token(rsa, JWSAlgorithm.RS384, claims("tonus-order-select")));

    assertThat(refusal(response)).startsWith("wrong audience");
  }

  @Test
  void anExpiredTokenIsRefused() throws JOSEException {
    Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
    JWTClaimsSet expired =
        new JWTClaimsSet.Builder(claims("tonus-order-sign"))
            .issueTime(Date.from(longAgo))
            .expirationTime(Date.from(longAgo.plus(Duration.ofMinutes(5))))
            .build();

    HttpResponse<String> response =
        call("tonus-order-sign", token(rsa, JWSAlgorithm.RS384, expired));

    assertThat(refusal(response)).startsWith("the token expired at");
  }

  @Test
  void aTokenIssuedInTheFutureIsRefused() throws JOSEException {
    JWTClaimsSet future =
        new JWTClaimsSet.Builder(claims("tonus-order-sign"))
            .issueTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
            .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(15))))
            .build();

    HttpResponse<String> response =
        call("tonus-order-sign", token(rsa, JWSAlgorithm.RS384, future));

    assertThat(refusal(response)).startsWith("the token is issued in the future");
  }

  @Test
  void aReusedJtiIsRefused() throws JOSEException {
    String once = token(rsa, JWSAlgorithm.RS384, claims("tonus-order-sign"));

    assertThat(call("tonus-order-sign", once).statusCode()).isEqualTo(200);
    assertThat(refusal(call("tonus-order-sign", once))).startsWith("reused jti");
  }

  @Test
  void anUnknownIssuerIsRefused() throws JOSEException {
    JWTClaimsSet other =
        new JWTClaimsSet.Builder(claims("tonus-order-sign")).issuer("https://other.test").build();

    HttpResponse<String> response = call("tonus-order-sign", token(rsa, JWSAlgorithm.RS384, other));

    assertThat(refusal(response)).startsWith("unknown issuer 'https://other.test'");
  }

  @Test
  void anHmacTokenIsRefusedForItsAlgorithm() throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims("tonus-order-sign"));
    jwt.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));

    assertThat(refusal(call("tonus-order-sign", jwt.serialize())))
        .startsWith("the token is signed with HS256");
  }

  @Test
  void aTokenWithoutJtiIsRefused() throws JOSEException {
    JWTClaimsSet noJti = new JWTClaimsSet.Builder(claims("tonus-order-sign")).jwtID(null).build();

    assertThat(refusal(call("tonus-order-sign", token(rsa, JWSAlgorithm.RS384, noJti))))
        .startsWith("the token has no jti");
  }

  @Test
  void anUnknownServiceIsA404() throws JOSEException {
    HttpResponse<String> response =
        call("no-such-service", token(rsa, JWSAlgorithm.RS384, claims("no-such-service")));

    assertThat(ProblemsTest.problem(response, 404).path("detail").asText())
        .startsWith("no CDS service 'no-such-service'");
  }

  @Test
  void aCallForAnotherHookIsA400() throws JOSEException {
    HttpResponse<String> response =
        send(
            "tonus-order-select",
            token(rsa, JWSAlgorithm.RS384, claims("tonus-order-select")),
            HOOK_BODY);

    assertThat(ProblemsTest.problem(response, 400).path("detail").asText())
        .isEqualTo("hook 'order-sign' is not the hook of tonus-order-select (order-select)");
  }

  @Test
  void feedbackIsAppendedAsOneJsonLineACard() throws JOSEException, IOException {
    String body =
        """
        {"feedback": [
          {"card": "card-1", "outcome": "accepted", "acceptedSuggestions": [{"id": "cap-dose"}],
           "outcomeTimestamp": "2026-11-23T10:00:00Z"},
          {"card": "card-2", "outcome": "overridden",
           "overrideReason": {"reason": {"code": "benefit-outweighs-risk",
             "system": "http://example.org/override-reasons"}, "userComment": "specialist advice"},
           "outcomeTimestamp": "2026-11-23T10:01:00Z"}]}
        """;

    HttpResponse<String> response =
        send(
            "tonus-order-sign/feedback",
            token(rsa, JWSAlgorithm.RS384, claims("tonus-order-sign/feedback")),
            body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(RunningServer.tree(response).path("recorded").asInt()).isEqualTo(2);
    List<String> lines = Files.readAllLines(data.resolve("cds-feedback.ndjson"));
    JsonNode accepted = RunningServer.JSON.readTree(lines.get(lines.size() - 2));
    JsonNode overridden = RunningServer.JSON.readTree(lines.get(lines.size() - 1));
    assertThat(accepted.path("card").asText()).isEqualTo("card-1");
    assertThat(accepted.path("outcome").asText()).isEqualTo("accepted");
    assertThat(accepted.path("acceptedSuggestions").get(0).path("id").asText())
        .isEqualTo("cap-dose");
    assertThat(accepted.path("service").asText()).isEqualTo("tonus-order-sign");
    assertThat(accepted.path("client").asText()).isEqualTo(ISSUER);
    assertThat(overridden.path("outcome").asText()).isEqualTo("overridden");
    assertThat(overridden.path("overrideReason").path("reason").path("code").asText())
        .isEqualTo("benefit-outweighs-risk");
    assertThat(overridden.path("overrideReason").path("userComment").asText())
        .isEqualTo("specialist advice");
  }

  @Test
  void feedbackWithAnUnknownOutcomeIsA400() throws JOSEException {
    HttpResponse<String> response =
        send(
            "tonus-order-sign/feedback",
            token(rsa, JWSAlgorithm.RS384, claims("tonus-order-sign/feedback")),
            "{\"feedback\": [{\"card\": \"c\", \"outcome\": \"ignored\", \"outcomeTimestamp\": \"t\"}]}");

    assertThat(ProblemsTest.problem(response, 400).path("detail").asText())
        .isEqualTo("feedback[0].outcome 'ignored' is not one of accepted, overridden");
  }

  @Test
  void insecureDevelopmentModeAcceptsACallWithoutAToken(@TempDir Path other) {
    try (RunningServer dev =
        new RunningServer(
            other,
            builder ->
                builder
                    .insecureCdsDevelopment(true)
                    .cdsHookHandler((id, request) -> cardsNone()))) {
      HttpResponse<String> response = dev.postJson("/cds-services/tonus-order-sign", HOOK_BODY);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(RunningServer.tree(response).path("cards")).isEmpty();
    }
  }

  private static JsonNode cardsNone() {
    ObjectNode none = RunningServer.JSON.createObjectNode();
    none.putArray("cards");
    return none;
  }

  private static String refusal(HttpResponse<String> response) {
    JsonNode problem = ProblemsTest.problem(response, 401);
    assertThat(problem.path("type").asText()).isEqualTo(Problem.UNAUTHORIZED);
    return problem.path("detail").asText();
  }

  private static HttpResponse<String> call(String service, String token) {
    return send(service, token, HOOK_BODY);
  }

  private static HttpResponse<String> send(String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(running.uri("/cds-services/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return running.send(request);
  }

  /** Claims a well-behaved EHR sends: aud the URL it calls, 5 minutes to live, a fresh jti. */
  private static JWTClaimsSet claims(String path) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(running.uri("/cds-services/" + path).toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
        .jwtID(UUID.randomUUID().toString())
        .build();
  }

  static String token(JWK key, JWSAlgorithm algorithm, JWTClaimsSet claims) throws JOSEException {
    JWSSigner signer =
        key instanceof RSAKey rsaKey ? new RSASSASigner(rsaKey) : new ECDSASigner((ECKey) key);
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
    jwt.sign(signer);
    return jwt.serialize();
  }
}
