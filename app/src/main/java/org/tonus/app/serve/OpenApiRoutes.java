package org.tonus.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The API described: the hand-written OpenAPI 3 document ({@code openapi.yaml}, served as JSON at
 * {@code /openapi.json}) and Swagger UI at {@code /docs}, served from the webjar so it works
 * offline.
 */
final class OpenApiRoutes {
  /** Documentation routes: not part of the API the document describes. */
  static final Map<String, String> DOCUMENTATION_ROUTES =
      Map.of("/docs", "GET", "/docs/{asset}", "GET", "/openapi.json", "GET");

  private static final String SWAGGER_UI = "/META-INF/resources/webjars/swagger-ui/";
  private static final Map<String, String> ASSETS =
      Map.of(
          "swagger-ui.css", "text/css",
          "swagger-ui-bundle.js", "text/javascript",
          "swagger-ui-standalone-preset.js", "text/javascript",
          "favicon-32x32.png", "image/png",
          "favicon-16x16.png", "image/png");

  private final String document;
  private final String swaggerUiVersion;

  OpenApiRoutes(String version) {
    this.document = document(version);
    this.swaggerUiVersion = swaggerUiVersion();
  }

  /** The OpenAPI document as JSON, its {@code info.version} set to this build's version. */
  static String document(String version) {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream("/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is missing from the program");
      }
      JsonNode tree = new YAMLMapper().readTree(in);
      ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("info")).put("version", version);
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.yaml cannot be read", e);
    }
  }

  void register(RoutesConfig routes) {
    routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    routes.get("/docs", ctx -> ctx.html(PAGE));
    routes.get("/docs/{asset}", this::asset);
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    String type = ASSETS.get(name);
    InputStream in =
        type == null
            ? null
            : OpenApiRoutes.class.getResourceAsStream(SWAGGER_UI + swaggerUiVersion + "/" + name);
    if (in == null) {
      throw new ProblemException(
          404, Problem.HTTP_STATUS, "no documentation asset '" + name + "' under /docs");
    }
    ctx.header("Cache-Control", "public, max-age=86400").contentType(type).result(in);
  }

  private static String swaggerUiVersion() {
    try (InputStream in =
        OpenApiRoutes.class.getResourceAsStream(
            "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      java.util.Properties properties = new java.util.Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Tonus API</title>
        <link rel="stylesheet" href="/docs/swagger-ui.css">
        <link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
      </head>
      <body>
        <div id="swagger-ui"></div>
        <script src="/docs/swagger-ui-bundle.js"></script>
        <script src="/docs/swagger-ui-standalone-preset.js"></script>
        <script>
          window.ui = SwaggerUIBundle({
            url: "/openapi.json",
            dom_id: "#swagger-ui",
            presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
            layout: "BaseLayout"
          });
        </script>
      </body>
      </html>
      """;
}
