package org.tonus.fhir.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonus.fhir.TestData;

/** The fetcher against a small HTTP server on an ephemeral port, standing in for a FHIR server. */
class HttpFhirFetcherTest {
  private final java.util.concurrent.ExecutorService threads =
      java.util.concurrent.Executors.newCachedThreadPool();
  private HttpServer server;
  private FhirServer fhir;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  // generous, so a loaded build machine does not fail the tests that expect an answer
  private final HttpFhirFetcher fetcher =
      new HttpFhirFetcher(TestData.FHIR, Duration.ofSeconds(10));
  private final HttpFhirFetcher impatient =
      new HttpFhirFetcher(TestData.FHIR, Duration.ofMillis(300));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    // a slow answer must not hold up the others
    server.setExecutor(threads);
    server.createContext(
        "/fhir/Patient/p1",
        exchange -> {
          authorizations.add(
              String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          respond(
              exchange,
              200,
              "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1970-01-01\"}");
        });
    server.createContext(
        "/fhir/Condition",
        exchange ->
            respond(
                exchange, 200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}"));
    server.createContext(
        "/fhir/Patient/secret",
        exchange ->
            respond(
                exchange,
                403,
                "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                    + "\"code\":\"forbidden\",\"diagnostics\":\"scope does not cover this patient\"}]}"));
    server.createContext("/fhir/html", exchange -> respond(exchange, 200, "<html>login</html>"));
    server.createContext(
        "/fhir/slow",
        exchange -> {
          try {
            Thread.sleep(2_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          respond(exchange, 200, "{}");
        });
    server.start();
    fhir =
        new FhirServer(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir"),
            Optional.of("token-1"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  @Test
  void readsAResourceWithTheBearerToken() {
    Resource patient = fetcher.fetch(fhir, "Patient/p1");

    assertThat(patient).isInstanceOf(Patient.class);
    assertThat(authorizations).containsExactly("Bearer token-1");
  }

  @Test
  void searchesGiveABundle() {
    assertThat(fetcher.fetch(fhir, "Condition?patient=p1&clinical-status=active"))
        .isInstanceOf(Bundle.class);
  }

  @Test
  void errorsNameTheQueryAndTheServersReasonButNotTheToken() {
    assertThatThrownBy(() -> fetcher.fetch(fhir, "Patient/secret"))
        .isInstanceOf(FhirFetchException.class)
        .hasMessageContaining("Patient/secret with HTTP 403: scope does not cover this patient")
        .hasMessageNotContaining("token-1");
    assertThatThrownBy(() -> fetcher.fetch(fhir, "html"))
        .isInstanceOf(FhirFetchException.class)
        .hasMessageContaining("something other than FHIR JSON");
    assertThatThrownBy(() -> impatient.fetch(fhir, "slow"))
        .isInstanceOf(FhirFetchException.class)
        .hasMessageContaining("did not answer slow within PT0.3S");
  }

  @Test
  void aCallersShorterBoundWinsOverTheFetchersTimeout() {
    assertThatThrownBy(() -> fetcher.fetch(fhir, "slow", Duration.ofMillis(200)))
        .isInstanceOf(FhirFetchException.class)
        .hasMessageContaining("did not answer slow within PT0.2S");
  }

  @Test
  void noTimeLeftIsRefusedWithoutCallingTheServer() {
    assertThatThrownBy(() -> fetcher.fetch(fhir, "Patient/p1", Duration.ZERO))
        .isInstanceOf(FhirFetchException.class)
        .hasMessageContaining("no time was left to read Patient/p1");
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
