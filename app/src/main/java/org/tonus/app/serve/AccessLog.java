package org.tonus.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;

/**
 * One JSON line per request: time, method, route template, status, duration in ms, request id. By
 * design it holds no body, no query string, no header and no concrete path, so no patient data can
 * reach the log (the route template is {@code /cds-services/{id}}, not the id called).
 */
final class AccessLog {
  private final ObjectMapper mapper = new ObjectMapper();
  private final PrintStream out;
  private final Clock clock;

  AccessLog(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  void log(Context ctx, Float executionTimeMs) {
    String route = ctx.endpoint().path;
    ObjectNode line = mapper.createObjectNode();
    line.put("time", clock.instant().toString());
    line.put("method", ctx.method().name());
    line.put("route", route == null || route.isEmpty() ? "(no route)" : route);
    line.put("status", ctx.statusCode());
    line.put(
        "durationMs",
        new BigDecimal(Float.toString(executionTimeMs)).setScale(2, RoundingMode.HALF_UP));
    line.put("requestId", RequestIds.of(ctx));
    String text = line.toString();
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
