package org.tonus.app.serve;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.tonus.store.Person;
import org.tonus.store.Role;
import org.tonus.store.Store;

/**
 * A running server on its own in-memory diary, with people made straight in the store and requests
 * sent with a person's bearer token: the harness of the patient API tests.
 */
final class DiaryServer implements AutoCloseable {
  final Store store = Store.open("jdbc:h2:mem:" + UUID.randomUUID());
  final RunningServer running;
  private final Path data;

  DiaryServer() throws IOException {
    this(100, 100);
  }

  DiaryServer(int loginsPerAddress, int loginsPerUsername) throws IOException {
    data = Files.createTempDirectory("tonus-diary-test");
    running =
        new RunningServer(
            data,
            builder ->
                builder
                    .store(store)
                    .loginLimits(loginsPerAddress, loginsPerUsername, Duration.ofMinutes(1)));
  }

  /** A person without an account, signed in by a token issued straight from the store. */
  Signed person(Role role, String name) {
    Person person = store.people().add(role, name);
    return new Signed(person, store.sessions().issue(person.id(), Instant.now()).token());
  }

  /** A person and their bearer token. */
  record Signed(Person person, String token) {
    long id() {
      return person.id();
    }
  }

  HttpResponse<String> get(String path, String token) {
    return running.send(authorized(HttpRequest.newBuilder(running.uri(path)).GET(), token));
  }

  HttpResponse<String> post(String path, String token, String json) {
    return running.send(
        authorized(
            HttpRequest.newBuilder(running.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
            token));
  }

  HttpResponse<String> delete(String path, String token) {
    return running.send(authorized(HttpRequest.newBuilder(running.uri(path)).DELETE(), token));
  }

  /** Sends the request with {@code Authorization: Bearer token}, or anonymously for null. */
  HttpResponse<String> send(String method, String path, String token, String json) {
    return switch (method) {
      case "GET" -> get(path, token);
      case "POST" -> post(path, token, json);
      case "DELETE" -> delete(path, token);
      default -> throw new IllegalArgumentException(method);
    };
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  @Override
  public void close() throws IOException {
    running.close();
    store.close();
    try (var files = Files.walk(data)) {
      for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
