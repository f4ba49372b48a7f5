package org.tonus.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import org.tonus.app.request.BadRequestException;

/**
 * The one place where failures become HTTP answers: every error is {@code application/problem+json}
 * (an OperationOutcome for a FHIR request) and no stack trace ever reaches a client. An unexpected
 * exception is a 500 whose body names only the request id; the exception itself goes to the error
 * log under that id.
 */
final class Problems {
  static final String MEDIA_TYPE = "application/problem+json";

  private final ObjectMapper mapper = new ObjectMapper();
  private final PrintStream errorLog;
  private final FhirApi fhir;

  Problems(PrintStream errorLog, FhirApi fhir) {
    this.errorLog = errorLog;
    this.fhir = fhir;
  }

  void badRequest(BadRequestException bad, Context ctx) {
    write(ctx, 400, Problem.INVALID_REQUEST, bad.getMessage(), Map.of());
  }

  void problem(ProblemException problem, Context ctx) {
    write(ctx, problem.status(), problem.type(), problem.getMessage(), problem.headers());
  }

  /** Javalin's own refusals: no such route (404), wrong method (405), body too large (413). */
  void http(HttpResponseException refused, Context ctx) {
    int status = refused.getStatus();
    switch (status) {
      case 404 ->
          write(
              ctx,
              404,
              Problem.HTTP_STATUS,
              "no route "
                  + ctx.method()
                  + " "
                  + ctx.path()
                  + "; the API is described at /openapi.json and browsable at /docs",
              Map.of());
      case 405 -> {
        String allowed = String.join(", ", refused.getDetails().values());
        write(
            ctx,
            405,
            Problem.HTTP_STATUS,
            ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed,
            Map.of("Allow", allowed));
      }
      case 413 -> write(ctx, 413, Problem.HTTP_STATUS, RequestBodies.TOO_LARGE, Map.of());
      default -> write(ctx, status, Problem.HTTP_STATUS, refused.getMessage(), Map.of());
    }
  }

  /** The last resort: logged with its stack trace under the request id, answered without it. */
  void unexpected(Exception exception, Context ctx) {
    String requestId = RequestIds.of(ctx);
    synchronized (errorLog) {
      errorLog.println(
          Instant.now() + " tonus serve: request " + requestId + " failed unexpectedly:");
      exception.printStackTrace(errorLog);
      errorLog.flush();
    }
    write(
        ctx,
        500,
        Problem.INTERNAL_ERROR,
        "the server failed to answer this request; the error is logged under request id "
            + requestId,
        Map.of());
  }

  void write(Context ctx, int status, String type, String detail, Map<String, String> headers) {
    Problem problem =
        new Problem(
            type,
            HttpStatus.forStatus(status).getMessage(),
            status,
            detail,
            ctx.path(),
            RequestIds.of(ctx));
    headers.forEach(ctx::header);
    if (FhirApi.isFhirRequest(ctx)) {
      // FHIR endpoints answer errors as an OperationOutcome
      ctx.status(status).contentType(FhirApi.MEDIA_TYPE).result(fhir.outcome(status, detail));
      return;
    }
    try {
      ctx.status(status).contentType(MEDIA_TYPE).result(mapper.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem cannot be written as JSON", e);
    }
  }
}
