package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document and the server agree: same routes both ways, and its examples work. */
class OpenApiTest {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  @TempDir static Path data;
  static RunningServer running;
  static JsonNode document;

  @BeforeAll
  static void start() {
    running = new RunningServer(data);
    HttpResponse<String> response = running.get("/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    document = RunningServer.tree(response);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void documentIsOpenApi3WithThisBuildsVersion() {
    assertThat(document.path("openapi").asText()).startsWith("3.");
    assertThat(document.path("info").path("version").asText()).isEqualTo(ServerInfo.version());
  }

  @Test
  void documentedOperationsAreExactlyTheRegisteredRoutes() {
    Set<String> registered = new TreeSet<>();
    for (String route : running.server.routes()) {
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1);
      if (METHODS.contains(method)
          && !method.equals(OpenApiRoutes.DOCUMENTATION_ROUTES.get(path))) {
        registered.add(method + " " + path);
      }
    }
    Set<String> documented = new TreeSet<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

    assertThat(documented).isEqualTo(registered);
    assertThat(registered).contains("POST /api/check", "GET /cds-services");
  }

  @Test
  void everyDocumentedExampleRequestIsAnsweredByTheLiveServer() {
    int examples = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      JsonNode content = path.getValue().path("post").path("requestBody").path("content");
      Iterator<Map.Entry<String, JsonNode>> named =
          content.path("application/json").path("examples").properties().iterator();
      while (named.hasNext()) {
        Map.Entry<String, JsonNode> example = named.next();
        HttpResponse<String> response =
            running.postJson(path.getKey(), example.getValue().path("value").toString());
        assertThat(response.statusCode())
            .as(path.getKey() + " example " + example.getKey() + ": " + response.body())
            .isEqualTo(200);
        examples++;
      }
    }
    assertThat(examples).isEqualTo(10);
  }

  @Test
  void swaggerUiIsServedFromTheProgramItself() {
    HttpResponse<String> page = running.get("/docs");
    HttpResponse<String> bundle = running.get("/docs/swagger-ui-bundle.js");
    HttpResponse<String> missing = running.get("/docs/passwd");
    HttpResponse<String> traversal = running.get("/docs/../../etc/passwd");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/openapi.json").contains("/docs/swagger-ui-bundle.js");
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
    assertThat(missing.statusCode()).isEqualTo(404);
    // Jetty refuses the ambiguous path itself, still as problem+json.
    ProblemsTest.problem(traversal, 400);
  }
}
