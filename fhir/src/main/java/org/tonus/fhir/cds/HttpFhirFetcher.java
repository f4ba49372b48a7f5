package org.tonus.fhir.cds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@link FhirFetcher} over HTTP with {@code java.net.http}: a GET with {@code Accept:
 * application/fhir+json} and the bearer token, a connect and a request timeout, the answer parsed
 * by HAPI. Thread-safe; share one per process.
 */
public final class HttpFhirFetcher implements FhirFetcher {
  private final FhirContext context;
  private final HttpClient client;
  private final Duration timeout;

  public HttpFhirFetcher(FhirContext context, Duration timeout) {
    this(
        context,
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(),
        timeout);
  }

  public HttpFhirFetcher(FhirContext context, HttpClient client, Duration timeout) {
    this.context = Objects.requireNonNull(context, "context");
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public Resource fetch(FhirServer server, String relativeQuery) {
    return fetch(server, relativeQuery, timeout);
  }

  /** The read with the shorter of this fetcher's timeout and {@code within}. */
  @Override
  public Resource fetch(FhirServer server, String relativeQuery, Duration within) {
    if (within.isNegative() || within.isZero()) {
      throw new FhirFetchException(
          "no time was left to read " + relativeQuery + " from FHIR server " + server.base());
    }
    Duration timeout = within.compareTo(this.timeout) < 0 ? within : this.timeout;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.resolve(relativeQuery))
            .timeout(timeout)
            .header("Accept", "application/fhir+json")
            .GET();
    server.bearerToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new FhirFetchException(
          "FHIR server "
              + server.base()
              + " did not answer "
              + relativeQuery
              + " within "
              + timeout,
          e);
    } catch (IOException e) {
      throw new FhirFetchException(
          "FHIR server "
              + server.base()
              + " could not be read for "
              + relativeQuery
              + ": "
              // a refused connection has no message, only its kind
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FhirFetchException("interrupted while reading " + relativeQuery, e);
    }
    if (response.statusCode() != 200) {
      throw new FhirFetchException(
          "FHIR server answered "
              + relativeQuery
              + " with HTTP "
              + response.statusCode()
              + diagnostics(response.body()));
    }
    return parse(response.body(), relativeQuery);
  }

  /** The first issue of an OperationOutcome in an error answer, when there is one. */
  private String diagnostics(String body) {
    try {
      if (context.newJsonParser().parseResource(body) instanceof OperationOutcome outcome
          && outcome.getIssueFirstRep().hasDiagnostics()) {
        return ": " + outcome.getIssueFirstRep().getDiagnostics();
      }
    } catch (DataFormatException notFhir) {
      // an error page or an empty body says no more than the status
    }
    return "";
  }

  private Resource parse(String body, String relativeQuery) {
    try {
      return (Resource) context.newJsonParser().parseResource(body);
    } catch (DataFormatException | ClassCastException e) {
      throw new FhirFetchException(
          "FHIR server answered " + relativeQuery + " with something other than FHIR JSON", e);
    }
  }
}
