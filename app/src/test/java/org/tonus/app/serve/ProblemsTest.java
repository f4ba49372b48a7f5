package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of bad input gets its 4xx as problem+json with a detail that names what is wrong, and
 * none of them reaches the last-resort handler (nothing in the error log, never a 500).
 */
class ProblemsTest {
  @RegisterExtension static final ServerPerClass server = new ServerPerClass();

  @AfterEach
  void nothingReachedTheLastResortHandler() {
    assertThat(server.running().errorLog()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          malformed JSON    | /api/check         | {"patient": {"ageYears": 45}            | not valid JSON at line 1
          not an object     | /api/renal         | [1, 2]                                  | must be a JSON object
          empty body        | /api/plan/titrate  | ''                                      | the request is empty
          wrong type        | /api/check         | {"patient": {"ageYears": "old"}, "order": {"stop": true}} | patient.ageYears must be a whole number, not the text 'old'
          absurd value      | /api/renal         | {"patient": {"ageYears": -4}}           | patient.
          huge exponent     | /api/renal         | {"patient": {"ageYears": 40, "weightKg": 1e999999}} | out of range
          unknown field     | /api/plan/titrate  | {"patient": {"ageYears": 45}, "start": "2026-11-23", "strat": 1} | strat is not a known field
          missing field     | /api/plan/titrate  | {"patient": {"ageYears": 45}}           | start is required
          bad date          | /api/pump          | {"refillDate": "2026-13-45"}            | refillDate '2026-13-45' is not a date
          unreadable sig    | /api/supply        | {"sig": "take some", "quantity": 90, "fillDate": "2026-11-23"} | sig 'take some'
          """)
  void badInputIsA400ThatSaysWhatIsWrong(String kind, String path, String body, String detail) {
    HttpResponse<String> response = server.running().postJson(path, body);

    JsonNode problem = problem(response, 400);
    assertThat(problem.path("type").asText()).isEqualTo(Problem.INVALID_REQUEST);
    assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.path("detail").asText()).contains(detail);
    assertThat(problem.path("instance").asText()).isEqualTo(path);
  }

  @Test
  void bodyThatIsNotUtf8IsA400() {
    HttpResponse<String> response =
        server
            .running()
            .send(
                HttpRequest.newBuilder(server.running().uri("/api/renal"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofByteArray(
                            new byte[] {'{', (byte) 0xC3, '}'})));

    assertThat(problem(response, 400).path("detail").asText()).contains("not valid UTF-8");
  }

  @Test
  void wrongContentTypeIsA415NamingWhatIsAccepted() {
    HttpResponse<String> response = server.running().post("/api/renal", "text/plain", "{}");

    assertThat(problem(response, 415).path("detail").asText())
        .isEqualTo("Content-Type text/plain is not accepted here; send application/json");
  }

  @Test
  void missingContentTypeIsA415() {
    HttpResponse<String> response =
        server
            .running()
            .send(
                HttpRequest.newBuilder(server.running().uri("/api/check"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(problem(response, 415).path("detail").asText())
        .startsWith("Content-Type is missing; send application/fhir+json or application/json");
  }

  @Test
  void aCharsetOtherThanUtf8IsA415() {
    HttpResponse<String> response =
        server.running().post("/api/renal", "application/json; charset=ISO-8859-1", "{}");

    assertThat(problem(response, 415).path("detail").asText()).contains("send UTF-8");
  }

  @Test
  void bodyOverOneMebibyteIsA413() throws IOException {
    // The declared length alone is refused, before any body arrives. Only the headers are sent,
    // so the answer cannot race a client still writing a body the server will not read.
    URI uri = server.running().uri("/api/renal");
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      String head =
          "POST /api/renal HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + ((1 << 20) + 100)
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      RawAnswer answer = RawAnswer.read(socket.getInputStream());

      assertThat(answer.status()).as(answer.body()).isEqualTo(413);
      assertThat(answer.header("content-type")).startsWith("application/problem+json");
      JsonNode problem = RunningServer.JSON.readTree(answer.body());
      assertThat(problem.path("status").asInt()).isEqualTo(413);
      assertThat(problem.path("detail").asText()).contains("1 MiB");
    }
  }

  /** An HTTP/1.1 answer read off a socket: status line, headers, a body of Content-Length. */
  private record RawAnswer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name, "");
    }

    static RawAnswer read(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("the server closed before its headers ended: " + head);
        }
        head.write(b);
      }
      String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
      Map<String, String> headers = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).trim());
        }
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      return new RawAnswer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }
  }

  @Test
  void chunkedBodyOverOneMebibyteIsA413Too() {
    byte[] big = new byte[(1 << 20) + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> response =
        server
            .running()
            .send(
                HttpRequest.newBuilder(server.running().uri("/api/renal"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(big))));

    problem(response, 413);
  }

  @Test
  void unknownRouteIsA404PointingToTheApiDocument() {
    HttpResponse<String> response = server.running().get("/api/nothing-here");

    assertThat(problem(response, 404).path("detail").asText())
        .isEqualTo(
            "no route GET /api/nothing-here; the API is described at /openapi.json and browsable"
                + " at /docs");
  }

  @Test
  void wrongMethodIsA405WithTheAllowedOnes() {
    HttpResponse<String> response = server.running().get("/api/check");

    JsonNode problem = problem(response, 405);
    assertThat(problem.path("detail").asText())
        .isEqualTo("GET is not allowed on /api/check; allowed: POST");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void badQueryValueIsA400() {
    HttpResponse<String> response = server.running().get("/api/monograph?jurisdiction=FR");

    assertThat(problem(response, 400).path("detail").asText())
        .isEqualTo("jurisdiction 'FR' is not one of US, UK");
  }

  @Test
  void unknownMonographFormatIsA400() {
    HttpResponse<String> response = server.running().get("/api/monograph?format=pdf");

    assertThat(problem(response, 400).path("detail").asText())
        .isEqualTo("format 'pdf' is not one of json, text, markdown, html, fhir");
  }

  @Test
  void everyProblemCarriesTheRequestIdOfItsAccessLogLine() {
    HttpResponse<String> response =
        server
            .running()
            .send(
                HttpRequest.newBuilder(server.running().uri("/api/nothing"))
                    .header("X-Request-Id", "trace-42")
                    .GET());

    assertThat(problem(response, 404).path("requestId").asText()).isEqualTo("trace-42");
    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-42");
    assertThat(server.running().accessLog()).contains("\"requestId\":\"trace-42\"");
  }

  @Test
  void anUnexpectedFailureIsA500WithoutAStackTraceAndIsLogged(@TempDir Path other) {
    try (RunningServer failing =
        new RunningServer(
            other,
            builder ->
                builder
                    .cdsHookHandler(
                        (id, request) -> {
                          throw new IllegalStateException("boom in the handler");
                        })
                    .insecureCdsDevelopment(true))) {
      HttpResponse<String> response =
          failing.postJson(
              "/cds-services/tonus-order-sign",
              "{\"hook\": \"order-sign\", \"hookInstance\": \"1\", \"context\": {}}");

      JsonNode problem = problem(response, 500);
      assertThat(problem.path("type").asText()).isEqualTo(Problem.INTERNAL_ERROR);
      assertThat(problem.path("detail").asText()).contains(problem.path("requestId").asText());
      assertThat(response.body()).doesNotContain("boom").doesNotContain("Exception");
      assertThat(failing.errorLog())
          .contains(problem.path("requestId").asText())
          .contains("boom in the handler");
    }
  }

  static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = RunningServer.tree(response);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("requestId").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("\tat ").doesNotContain("org.tonus");
    return problem;
  }
}
