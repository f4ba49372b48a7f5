package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.fhir.testing.HookResources.baclofen;
import static org.tonus.fhir.testing.HookResources.drafts;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hook call whose EHR answers slowly is answered within the call's fetch budget (a 412 naming the
 * read that ran out of time), not after the sum of every read's own timeout.
 */
class CdsFetchBudgetTest {
  private static final Duration EACH_READ_TAKES = Duration.ofMillis(1_500);

  @TempDir static Path data;
  static RunningServer running;
  static HttpServer slowEhr;
  static final ExecutorService THREADS = Executors.newFixedThreadPool(4);
  static final AtomicInteger READS = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    slowEhr = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    slowEhr.setExecutor(THREADS);
    slowEhr.createContext(
        "/fhir",
        exchange -> {
          READS.incrementAndGet();
          try {
            Thread.sleep(EACH_READ_TAKES.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] body =
              "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
          try {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          } catch (IOException clientGaveUp) {
            // the fetcher stopped waiting, which is what this test provokes
          }
        });
    slowEhr.start();
    // reads of 10 s each would let six unprefetched keys take a minute; the budget is 1 s
    running =
        new RunningServer(
            data,
            builder ->
                builder
                    .fhirContext(FhirContext.forR4Cached())
                    .insecureCdsDevelopment(true)
                    .fhirFetchTimeout(Duration.ofSeconds(10))
                    .cdsFetchBudget(Duration.ofSeconds(1)));
  }

  @AfterAll
  static void stop() {
    running.close();
    slowEhr.stop(0);
    THREADS.shutdownNow();
  }

  @Test
  void aSlowFhirServerMakesA412WithinTheBudgetNotAfterEveryReadTimedOut() {
    ObjectNode request = RunningServer.JSON.createObjectNode();
    request.put("hook", "order-sign");
    request.put("hookInstance", "0b6a0c0e-budget");
    request.put("fhirServer", "http://127.0.0.1:" + slowEhr.getAddress().getPort() + "/fhir");
    ObjectNode context = request.putObject("context");
    context.put("userId", "Practitioner/dr-1");
    context.put("patientId", "p1");
    context.set(
        "draftOrders",
        RunningServer.JSON.valueToTree(
            parse(
                FhirContext.forR4Cached()
                    .newJsonParser()
                    .encodeResourceToString(drafts(baclofen("draft-1", "20", 3))))));

    long started = System.nanoTime();
    HttpResponse<String> response =
        running.send(
            HttpRequest.newBuilder(running.uri("/cds-services/tonus-order-sign"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    JsonNode problem = ProblemsTest.problem(response, 412);
    assertThat(problem.path("type").asText()).isEqualTo(Problem.FHIR_DATA_UNAVAILABLE);
    assertThat(problem.path("detail").asText()).contains("did not answer");
    // one read was under way when the budget ran out; the five others were never started
    assertThat(READS.get()).isEqualTo(1);
    assertThat(took).isLessThan(EACH_READ_TAKES.multipliedBy(3));
  }

  private static JsonNode parse(String json) {
    try {
      return RunningServer.JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
