package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tonus.store.Role;
import org.tonus.store.Store;
import org.tonus.store.testing.PostgresServer;

/**
 * A write is acknowledged only after it is committed: the real server runs in its own JVM, clients
 * write dose events and symptom reports, the process is killed with SIGKILL in the middle of it,
 * and after a restart on the same database every acknowledged write is there, nothing is there that
 * was never sent, every symptom report has its triage outcome, and every stored write has the audit
 * entry written before it. On embedded H2 and on a real PostgreSQL.
 */
class DurabilityTest {
  private static final String PASSWORD = "durable password";
  private static final Pattern LISTENING = Pattern.compile("Tonus listening on (http://\\S+) ");
  private static final int CLIENTS = 4;

  enum Database {
    H2,
    POSTGRESQL
  }

  @TempDir Path data;
  private final List<Process> started = new ArrayList<>();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (Process process : started) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void everyAcknowledgedWriteSurvivesSigkill(Database database) throws Exception {
    List<String> dbOptions = databaseOptions(database);
    long patient;
    try (Store store = open(database, dbOptions)) {
      patient = store.accounts().add(Role.PATIENT, "Dura Patient", "dura", PASSWORD).id();
      store.accounts().add(Role.ADMIN, "Dura Admin", "dura-admin", PASSWORD);
    }

    Server first = start(dbOptions);
    String token = login(first.base, "dura");
    Set<String> acknowledgedDoses = ConcurrentHashMap.newKeySet();
    Set<String> acknowledgedReports = ConcurrentHashMap.newKeySet();
    Set<String> sent = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger acknowledged = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int clientNumber = c;
      Thread writer =
          new Thread(
              () -> {
                try {
                  for (int i = 0; !stop.get() && i < 10_000; i++) {
                    // a dose unique to this write: client c, write i -> (c x 10000 + i + 1) µg
                    String doseMg =
                        new BigDecimal(clientNumber * 10_000L + i + 1)
                            .movePointLeft(3)
                            .stripTrailingZeros()
                            .toPlainString();
                    boolean report = i % 4 == 3;
                    String marker = "client " + clientNumber + " write " + i;
                    String path =
                        "/api/patients/" + patient + (report ? "/symptom-reports" : "/dose-events");
                    String body =
                        report
                            ? "{\"text\": \"a bit sleepy, " + marker + "\"}"
                            : "{\"kind\": \"taken\", \"doseMg\": " + doseMg + "}";
                    String key = report ? "a bit sleepy, " + marker : doseMg;
                    sent.add(key);
                    Optional<HttpResponse<String>> response = post(first.base, path, token, body);
                    if (response.isEmpty()) {
                      return;
                    }
                    if (response.get().statusCode() == 201) {
                      (report ? acknowledgedReports : acknowledgedDoses).add(key);
                      acknowledged.incrementAndGet();
                    }
                  }
                } finally {
                  done.countDown();
                }
              },
              "durability-client-" + c);
      writer.start();
    }
    // let the load run until enough writes are acknowledged, then kill the server mid-load
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (acknowledged.get() < 40 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    long pid = first.process.pid();
    first.process.destroyForcibly();
    assertThat(first.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    // 128 + 9: the process ended by SIGKILL, not by a shutdown it could finish writes in
    assertThat(first.process.exitValue()).as("exit of pid " + pid).isEqualTo(137);
    stop.set(true);
    assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(acknowledged.get()).isGreaterThanOrEqualTo(20);
    Server second = start(dbOptions);
    String again = login(second.base, "dura");
    String from = "?from=" + Instant.now().minus(Duration.ofDays(1));
    JsonNode doses = get(second.base, "/api/patients/" + patient + "/dose-events" + from, again);
    JsonNode reports =
        get(second.base, "/api/patients/" + patient + "/symptom-reports" + from, again);

    List<String> storedDoses = new ArrayList<>();
    doses
        .path("entries")
        .forEach(
            entry ->
                storedDoses.add(
                    entry.path("doseMg").decimalValue().stripTrailingZeros().toPlainString()));
    List<String> storedReports = new ArrayList<>();
    reports
        .path("entries")
        .forEach(
            entry -> {
              assertThat(entry.path("outcome").asText())
                  .isIn("EXPECTED_MILD", "CONTACT_PRESCRIBER", "SEEK_CARE_NOW");
              storedReports.add(entry.path("text").asText());
            });
    assertThat(storedDoses).containsAll(acknowledgedDoses).doesNotHaveDuplicates();
    assertThat(sent).containsAll(storedDoses);
    assertThat(storedReports).containsAll(acknowledgedReports).doesNotHaveDuplicates();
    assertThat(sent).containsAll(storedReports);

    // each stored write was audited before it was written
    String admin = login(second.base, "dura-admin");
    JsonNode audit =
        get(
            second.base,
            "/api/audit?patient="
                + patient
                + "&from="
                + Instant.now().minus(Duration.ofDays(1)).toString(),
            admin);
    long auditedDoses =
        audit.path("entries").findValuesAsText("action").stream()
            .filter("WRITE_DOSE_EVENT"::equals)
            .count();
    long auditedReports =
        audit.path("entries").findValuesAsText("action").stream()
            .filter("WRITE_SYMPTOM_REPORT"::equals)
            .count();
    assertThat(auditedDoses).isGreaterThanOrEqualTo(storedDoses.size());
    assertThat(auditedReports).isGreaterThanOrEqualTo(storedReports.size());
    second.process.destroy();
    assertThat(second.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
  }

  private List<String> databaseOptions(Database database) {
    if (database == Database.H2) {
      return List.of();
    }
    Optional<PostgresServer> postgres = Postgres.INSTANCE.server;
    Assumptions.assumeTrue(
        postgres.isPresent(),
        "PostgreSQL could not start here, so the PostgreSQL run is skipped: "
            + Postgres.INSTANCE.why);
    return List.of("--db-url", postgres.get().createDatabase(), "--db-user", PostgresServer.USER);
  }

  private Store open(Database database, List<String> dbOptions) {
    return database == Database.H2
        ? Store.openH2(data)
        : Store.open(dbOptions.get(1), PostgresServer.USER, "");
  }

  private record Server(Process process, URI base) {}

  private Server start(List<String> dbOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx256m",
            // the quick compiler alone: the server is up in half the time, and speed is not the
            // point here
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            "org.tonus.app.Main",
            "serve",
            "--port",
            "0",
            "--data",
            data.toString()));
    command.addAll(dbOptions);
    Process process =
        new ProcessBuilder(command)
            .redirectError(data.resolve("server-" + started.size() + ".log").toFile())
            .start();
    started.add(process);
    process.getOutputStream().close();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        return new Server(process, URI.create(listening.group(1)));
      }
    }
    throw new IllegalStateException(
        "the server ended before listening: "
            + Files.readString(data.resolve("server-" + (started.size() - 1) + ".log")));
  }

  private String login(URI base, String username) {
    HttpResponse<String> response =
        post(
                base,
                "/api/login",
                null,
                "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}")
            .orElseThrow();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return RunningServer.tree(response).path("token").asText();
  }

  private Optional<HttpResponse<String>> post(URI base, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return Optional.of(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException killed) {
      // the server died under this request: it was never acknowledged
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private JsonNode get(URI base, String path, String token)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return RunningServer.tree(response);
  }

  // one PostgreSQL for the whole test run, started on first use
  private enum Postgres {
    INSTANCE;

    private final Optional<PostgresServer> server;
    private final String why;

    Postgres() {
      Optional<PostgresServer> running;
      String reason = "";
      try {
        running = Optional.of(PostgresServer.start());
      } catch (Exception e) {
        running = Optional.empty();
        reason = e.getMessage();
      }
      this.server = running;
      this.why = reason;
    }
  }
}
