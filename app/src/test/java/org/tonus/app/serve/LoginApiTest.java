package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonus.store.Accounts;
import org.tonus.store.AuditEntry;
import org.tonus.store.Person;
import org.tonus.store.Role;

/** Signing in and out over real HTTP: tokens, the cookie, refusals, lockout and the rate limit. */
class LoginApiTest {
  private static final String PASSWORD = "correct horse battery";

  static DiaryServer server;
  static Person ada;
  static Person admin;

  @BeforeAll
  static void accounts() throws IOException {
    server = new DiaryServer();
    ada = server.store.accounts().add(Role.PATIENT, "Ada Patient", "ada", PASSWORD);
    admin = server.store.accounts().add(Role.ADMIN, "Ann Admin", "ann", PASSWORD);
    server.store.accounts().add(Role.PATIENT, "Lou Locked", "lou", PASSWORD);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static HttpResponse<String> login(DiaryServer on, String username, String password) {
    return on.post(
        "/api/login",
        null,
        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
  }

  static String token(HttpResponse<String> login) {
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return RunningServer.tree(login).path("token").asText();
  }

  @Test
  void theRightPasswordGivesATokenTheCookieAndThePerson() {
    HttpResponse<String> response = login(server, "ADA", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = RunningServer.tree(response);
    String token = answer.path("token").asText();
    assertThat(token).hasSize(43);
    assertThat(answer.path("expiresAt").asText()).endsWith("Z");
    assertThat(answer.path("person").path("id").asLong()).isEqualTo(ada.id());
    assertThat(answer.path("person").path("role").asText()).isEqualTo("patient");
    assertThat(answer.path("person").path("displayName").asText()).isEqualTo("Ada Patient");
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith(SignedIn.COOKIE + "=" + token)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Path=/")
        .doesNotContain("Secure");

    HttpResponse<String> byBearer = server.get("/api/me", token);
    HttpResponse<String> byCookie =
        server.running.send(
            HttpRequest.newBuilder(server.running.uri("/api/me"))
                .header("Cookie", SignedIn.COOKIE + "=" + token)
                .GET());

    assertThat(RunningServer.tree(byBearer).path("username").asText()).isEqualTo("ada");
    assertThat(RunningServer.tree(byCookie).path("id").asLong()).isEqualTo(ada.id());
  }

  @Test
  void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswerInSimilarTime() {
    long wrongNanos = 0;
    long unknownNanos = 0;
    String wrongDetail = "";
    String unknownDetail = "";
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      HttpResponse<String> wrong = login(server, "ann", "not the password");
      wrongNanos += System.nanoTime() - start;
      start = System.nanoTime();
      HttpResponse<String> unknown = login(server, "nobody-" + round, "not the password");
      unknownNanos += System.nanoTime() - start;
      wrongDetail = ProblemsTest.problem(wrong, 401).path("detail").asText();
      unknownDetail = ProblemsTest.problem(unknown, 401).path("detail").asText();
    }

    assertThat(unknownDetail)
        .isEqualTo(wrongDetail)
        .isEqualTo("the username or the password is wrong");
    // both pay for one Argon2id hash; a skipped hash would be many times faster
    assertThat((double) unknownNanos / wrongNanos).isBetween(0.33, 3.0);
    // a successful login resets the count the failures above made
    token(login(server, "ann", PASSWORD));
  }

  @Test
  void fiveFailuresInARowLockTheAccountEvenAgainstTheRightPassword() {
    for (int failure = 1; failure < Accounts.MAX_FAILED_LOGINS; failure++) {
      ProblemsTest.problem(login(server, "lou", "not the password"), 401);
    }
    JsonNode locked = ProblemsTest.problem(login(server, "lou", "not the password"), 423);
    HttpResponse<String> rightPassword = login(server, "lou", PASSWORD);

    assertThat(locked.path("type").asText()).isEqualTo(Problem.ACCOUNT_LOCKED);
    assertThat(locked.path("detail").asText())
        .startsWith("the account is locked after 5 failed logins in a row, until ");
    assertThat(ProblemsTest.problem(rightPassword, 423).path("type").asText())
        .isEqualTo(Problem.ACCOUNT_LOCKED);
    assertThat(rightPassword.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(800L, 900L));
    long lou = server.store.accounts().find("lou").orElseThrow().personId();
    assertThat(
            server
                .store
                .auditTrail()
                .between(Instant.now().minusSeconds(600), Instant.now())
                .stream()
                .filter(entry -> entry.actorId() == lou)
                .map(AuditEntry::action))
        .containsExactly(
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "LOGIN_LOCKED",
            "LOGIN_LOCKED");
  }

  @Test
  void logoutRevokesTheTokenAndClearsTheCookie() {
    String token = token(login(server, "ada", PASSWORD));
    assertThat(server.get("/api/me", token).statusCode()).isEqualTo(200);

    HttpResponse<String> logout = server.post("/api/logout", token, "");

    assertThat(logout.statusCode()).isEqualTo(204);
    assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith(SignedIn.COOKIE + "=")
        .containsAnyOf("Max-Age=0", "Expires=Thu, 01 Jan 1970");
    ProblemsTest.problem(server.get("/api/me", token), 401);
    ProblemsTest.problem(server.post("/api/logout", token, ""), 401);
  }

  @Test
  void anonymousAndMadeUpTokensAreNotSignedIn() {
    ProblemsTest.problem(server.get("/api/me", null), 401);
    ProblemsTest.problem(server.get("/api/me", "A".repeat(43)), 401);
    ProblemsTest.problem(server.get("/api/me", "not-a-token"), 401);
  }

  @Test
  void tooManyAttemptsFromOneAddressAre429WithRetryAfter() throws IOException {
    try (DiaryServer strict = new DiaryServer(3, 100)) {
      for (String name : List.of("a1x", "a2x", "a3x")) {
        ProblemsTest.problem(login(strict, name, "not the password"), 401);
      }
      HttpResponse<String> limited = login(strict, "a4x", "not the password");

      assertThat(ProblemsTest.problem(limited, 429).path("type").asText())
          .isEqualTo(Problem.TOO_MANY_LOGINS);
      assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong))
          .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 60L));
    }
  }

  @Test
  void tooManyAttemptsForOneUsernameAre429Too() throws IOException {
    try (DiaryServer strict = new DiaryServer(100, 2)) {
      login(strict, "target", "guess one");
      login(strict, "TARGET", "guess two");

      ProblemsTest.problem(login(strict, "Target", "guess three"), 429);
      ProblemsTest.problem(login(strict, "someone-else", "guess"), 401);
    }
  }

  @Test
  void anAdminMakesAccountsAndNoOneElseDoes() {
    String adminToken = token(login(server, "ann", PASSWORD));
    String patientToken = server.person(Role.PATIENT, "Pat").token();
    String body =
        "{\"role\": \"caregiver\", \"username\": \"gus\", \"displayName\": \"Gus Care\","
            + " \"password\": \""
            + PASSWORD
            + "\"}";

    HttpResponse<String> created = server.post("/api/accounts", adminToken, body);
    JsonNode refused = ProblemsTest.problem(server.post("/api/accounts", patientToken, body), 403);
    HttpResponse<String> again = server.post("/api/accounts", adminToken, body);
    JsonNode shortPassword =
        ProblemsTest.problem(
            server.post(
                "/api/accounts",
                adminToken,
                "{\"role\": \"patient\", \"username\": \"bob\", \"displayName\": \"Bob\","
                    + " \"password\": \"short\"}"),
            400);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(RunningServer.tree(created).path("role").asText()).isEqualTo("caregiver");
    assertThat(refused.path("type").asText()).isEqualTo(Problem.FORBIDDEN);
    ProblemsTest.problem(again, 409);
    assertThat(shortPassword.path("detail").asText())
        .isEqualTo("password must be 10 to 256 characters, was 5");
    assertThat(token(login(server, "gus", PASSWORD))).hasSize(43);
  }

  @Test
  void theLoginBodyIsCheckedLikeAnyOther() {
    assertThat(
            ProblemsTest.problem(server.post("/api/login", null, "{\"username\": \"ada\"}"), 400)
                .path("detail")
                .asText())
        .contains("password");
    ProblemsTest.problem(server.post("/api/login", null, "{not json"), 400);
  }
}
