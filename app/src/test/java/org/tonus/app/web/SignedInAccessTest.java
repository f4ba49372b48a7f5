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
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonus.app.JsonContracts;
import org.tonus.app.serve.TonusServer;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.store.Person;
import org.tonus.store.Role;
import org.tonus.store.Store;

/**
 * Plain HTTP: who may open which signed-in page. Not signed in goes to the sign-in page; a
 * caregiver opens a granting patient's diary only while the grant is in force; the panel is a
 * clinician's; a patient cannot open another patient's diary.
 */
class SignedInAccessTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String PASSWORD = "a long test password";

  private static Store store;
  private static TonusServer server;
  private static Person patient;
  private static Person otherPatient;
  private static Person caregiver;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = Store.open("jdbc:h2:mem:" + UUID.randomUUID());
    patient = store.accounts().add(Role.PATIENT, "Pat Access", "pata", PASSWORD);
    otherPatient = store.accounts().add(Role.PATIENT, "Other Access", "othera", PASSWORD);
    caregiver = store.accounts().add(Role.CAREGIVER, "Carl Carer", "carl", PASSWORD);
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

  private String session(String username) throws IOException, InterruptedException {
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(server.baseUri().resolve("/api/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    String header =
        login.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("tonus_session="))
            .findFirst()
            .orElseThrow();
    return header.substring(0, header.indexOf(';'));
  }

  private HttpResponse<String> get(String path, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void notSignedInGoesToTheSignInPage() throws Exception {
    for (String path : new String[] {"/diary", "/clinician", "/patients/1/diary"}) {
      HttpResponse<String> answer = get(path, "");
      assertThat(answer.statusCode()).as(path).isEqualTo(303);
      assertThat(answer.headers().firstValue("Location")).as(path).hasValue("/signin");
    }
  }

  @Test
  void aCaregiverOpensTheDiaryOnlyWhileTheGrantIsInForce() throws Exception {
    String cookie = session("carl");
    String diary = "/patients/" + patient.id() + "/diary";
    assertThat(get(diary, cookie).statusCode()).isEqualTo(403);

    store.careGrants().grant(caregiver.id(), patient.id(), NOW.minusSeconds(60));
    HttpResponse<String> allowed = get(diary, cookie);
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.body()).contains("Diary of Pat Access");

    store.careGrants().revoke(caregiver.id(), patient.id(), NOW.minusSeconds(30));
    HttpResponse<String> revoked = get(diary, cookie);
    assertThat(revoked.statusCode()).isEqualTo(403);
    assertThat(revoked.body()).contains("Not allowed").doesNotContain("Pat Access");
  }

  @Test
  void aPatientOpensOnlyTheirOwnDiaryAndNoPanel() throws Exception {
    String cookie = session("pata");
    HttpResponse<String> own = get("/diary", cookie);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("My diary");
    assertThat(get("/patients/" + otherPatient.id() + "/diary", cookie).statusCode())
        .isEqualTo(403);
    assertThat(get("/clinician", cookie).statusCode()).isEqualTo(403);
    // an id that is no patient answers as one that is not allowed: ids cannot be probed
    assertThat(get("/patients/999999/diary", cookie).statusCode()).isEqualTo(403);
  }
}
