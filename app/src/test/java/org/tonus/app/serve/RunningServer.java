package org.tonus.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.tonus.app.JsonContracts;
import org.tonus.core.knowledge.KnowledgeLoader;

/** The real server on an ephemeral port of 127.0.0.1, with its logs captured, and a client. */
final class RunningServer implements AutoCloseable {
  /** Loaded once for all the server tests, as {@code serve} loads it once at start. */
  static final JsonContracts CONTRACTS = new JsonContracts(KnowledgeLoader.loadBundled());

  static final ObjectMapper JSON = new ObjectMapper();

  final ByteArrayOutputStream accessLog = new ByteArrayOutputStream();
  final ByteArrayOutputStream errorLog = new ByteArrayOutputStream();
  final TonusServer server;
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  RunningServer(Path data) {
    this(data, builder -> builder);
  }

  RunningServer(Path data, UnaryOperator<TonusServer.Builder> more) {
    TonusServer.Builder builder =
        TonusServer.builder(CONTRACTS)
            .port(0)
            .dataDirectory(data)
            .accessLog(new PrintStream(accessLog, true, StandardCharsets.UTF_8))
            .errorLog(new PrintStream(errorLog, true, StandardCharsets.UTF_8));
    this.server = more.apply(builder).build().start();
  }

  URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  HttpResponse<String> postJson(String path, String body) {
    return post(path, "application/json", body);
  }

  static JsonNode tree(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  String accessLog() {
    return accessLog.toString(StandardCharsets.UTF_8);
  }

  String errorLog() {
    return errorLog.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop();
  }
}
