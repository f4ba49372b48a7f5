package org.tonus.app.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The static files under {@code /assets}, served from the classpath (ours under {@code web/assets},
 * Chart.js from its webjar): only the files named here, never a path from the request.
 */
final class Assets {
  private record Asset(String resource, String type) {}

  private static final String CHART_JS =
      "META-INF/resources/webjars/chart.js/" + webjarVersion("chart.js") + "/dist/chart.umd.js";

  private static final Map<String, Asset> FILES =
      Map.of(
          "css/tonus.css", new Asset("web/assets/css/tonus.css", "text/css; charset=utf-8"),
          "css/print.css", new Asset("web/assets/css/print.css", "text/css; charset=utf-8"),
          "js/dose-chart.js",
              new Asset("web/assets/js/dose-chart.js", "text/javascript; charset=utf-8"),
          "js/diary-charts.js",
              new Asset("web/assets/js/diary-charts.js", "text/javascript; charset=utf-8"),
          "vendor/chart.umd.js", new Asset(CHART_JS, "text/javascript; charset=utf-8"));

  private Assets() {}

  /** A webjar's version as its own Maven metadata says, so the parent POM alone decides it. */
  private static String webjarVersion(String artifact) {
    String resource = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the webjar " + artifact + " is not on the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void serve(Context ctx) {
    Asset asset = FILES.get(ctx.pathParam("kind") + "/" + ctx.pathParam("name"));
    if (asset == null) {
      throw new NotFoundResponse("no asset " + ctx.path());
    }
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(asset.resource())) {
      if (in == null) {
        throw new IllegalStateException("asset " + asset.resource() + " is not on the classpath");
      }
      ctx.contentType(asset.type())
          .header("Cache-Control", "public, max-age=3600")
          .result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
