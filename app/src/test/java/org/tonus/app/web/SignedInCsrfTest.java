package org.tonus.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonus.app.JsonContracts;
import org.tonus.app.serve.TonusServer;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.store.Person;
import org.tonus.store.Regimen;
import org.tonus.store.RegimenSource;
import org.tonus.store.Role;
import org.tonus.store.Store;

/**
 * Plain HTTP against the real server: every POST of the signed-in pages is refused (403, nothing
 * stored) without its CSRF token, and a token read before signing in is refused after it.
 */
class SignedInCsrfTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String PASSWORD = "a long test password";
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private static Store store;
  private static TonusServer server;
  private static Person patient;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = Store.open("jdbc:h2:mem:" + UUID.randomUUID());
    patient = store.accounts().add(Role.PATIENT, "Pat Csrf", "patc", PASSWORD);
    store
        .regimens()
        .add(
            new Regimen(
                patient.id(),
                RegimenSource.ENTERED,
                LocalDate.parse("2026-11-01"),
                Optional.empty(),
                2,
                "[{\"dosesPerDay\": 2, \"doseMg\": 10}]"));
    PrintStream quiet =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    server =
        TonusServer.builder(new JsonContracts(KnowledgeLoader.loadBundled()))
            .port(0)
            .store(store)
            .clock(Clock.fixed(NOW, ZoneId.of("UTC")))
            .accessLog(quiet)
            .errorLog(quiet)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith(name + "="))
        .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
  }

  private static String token(HttpResponse<String> page) {
    Matcher matcher = TOKEN.matcher(page.body());
    assertThat(matcher.find()).as("the page has a CSRF field").isTrue();
    return matcher.group(1);
  }

  private String session() throws IOException, InterruptedException {
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(server.baseUri().resolve("/api/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"patc\", \"password\": \"" + PASSWORD + "\"}")));
    assertThat(login.statusCode()).isEqualTo(200);
    return cookie(login, "tonus_session");
  }

  private HttpResponse<String> post(String path, String cookies, String form)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(server.baseUri().resolve(path))
            .header("Cookie", cookies)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private int doses() {
    return store
        .doseEvents()
        .between(patient.id(), NOW.minusSeconds(86400), NOW.plusSeconds(3600))
        .size();
  }

  private int reports() {
    return store
        .symptomReports()
        .between(patient.id(), NOW.minusSeconds(86400), NOW.plusSeconds(3600))
        .size();
  }

  @Test
  void everyNewPostWithoutItsTokenIsA403AndStoresNothing() throws Exception {
    HttpResponse<String> signInPage =
        send(HttpRequest.newBuilder(server.baseUri().resolve("/signin")));
    String csrf = cookie(signInPage, "tonus_csrf");
    String cookies = "tonus_csrf=" + csrf + "; tonus_session=" + session();
    String diary = "/patients/" + patient.id() + "/diary";
    int stored = doses();
    int reports = reports();
    for (String path :
        List.of(
            "/signin",
            "/signout",
            diary + "/doses",
            diary + "/symptoms",
            diary + "/scores",
            diary + "/calendar")) {
      HttpResponse<String> refused =
          post(
              path,
              cookies,
              "kind=taken&text=sleepy&numericRating=5&penn=1&username=patc&password=x");
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).as(path).contains("This form has expired");
    }
    assertThat(doses()).isEqualTo(stored);
    assertThat(reports()).isEqualTo(reports);
    // the session was not ended by the refused sign-out
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(server.baseUri().resolve("/diary")).header("Cookie", cookies));
    assertThat(page.statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenFromBeforeSigningInIsRefusedOnceSignedIn() throws Exception {
    HttpResponse<String> signInPage =
        send(HttpRequest.newBuilder(server.baseUri().resolve("/signin")));
    String csrf = cookie(signInPage, "tonus_csrf");
    String before = token(signInPage);
    String cookies = "tonus_csrf=" + csrf + "; tonus_session=" + session();
    String doses = "/patients/" + patient.id() + "/diary/doses";
    int stored = doses();

    assertThat(post(doses, cookies, "kind=taken&csrf=" + before).statusCode()).isEqualTo(403);
    assertThat(doses()).isEqualTo(stored);

    HttpResponse<String> diary =
        send(HttpRequest.newBuilder(server.baseUri().resolve("/diary")).header("Cookie", cookies));
    HttpResponse<String> logged = post(doses, cookies, "kind=taken&csrf=" + token(diary));
    assertThat(logged.statusCode()).isEqualTo(303);
    assertThat(logged.headers().firstValue("Location"))
        .hasValue("/patients/" + patient.id() + "/diary#today");
    assertThat(doses()).isEqualTo(stored + 1);
  }

  @Test
  void aWrongPasswordOnThePageIs401WithTheGenericMessage() throws Exception {
    HttpResponse<String> signInPage =
        send(HttpRequest.newBuilder(server.baseUri().resolve("/signin")));
    String cookies = "tonus_csrf=" + cookie(signInPage, "tonus_csrf");
    HttpResponse<String> refused =
        post("/signin", cookies, "username=patc&password=wrong+password&csrf=" + token(signInPage));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("Sign-in failed: the username or password is wrong");
    assertThat(refused.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("tonus_session="));
  }
}
