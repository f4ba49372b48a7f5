package org.tonus.app.serve;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Resource;
import org.tonus.app.request.BadRequestException;
import org.tonus.core.check.Checker;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.fhir.FhirInputException;
import org.tonus.fhir.cds.CdsHookRequest;
import org.tonus.fhir.cds.CdsJson;
import org.tonus.fhir.cds.CdsOrderService;
import org.tonus.fhir.cds.CdsResponse;
import org.tonus.fhir.cds.CdsSettings;
import org.tonus.fhir.cds.FhirAuthorization;
import org.tonus.fhir.cds.FhirFetchException;
import org.tonus.fhir.cds.FhirFetcher;
import org.tonus.fhir.cds.FhirServer;

/**
 * The {@link CdsHookHandler} of {@code serve}: module fhir's {@link CdsOrderService} answers each
 * call, reading what the client did not prefetch through the {@link FhirFetcher}. A call it cannot
 * read is a 400 problem; a FHIR server that cannot give what the check needs is a 412 problem (CDS
 * Hooks: the service could not get the data it needs), whose detail never holds the token.
 *
 * <p>Card links point at the base URL, asked for on first use (the server's port is known only once
 * it listens); the order service is built for that base once and then reused.
 */
final class CdsOrderHooks implements CdsHookHandler {
  private final FhirContext fhir;
  private final Knowledge knowledge;
  private final Checker checker;
  private final Jurisdiction jurisdiction;
  private final Clock clock;
  private final FhirFetcher fetcher;
  private final Duration fetchBudget;
  private final Supplier<URI> baseUrl;
  private volatile Optional<Built> built = Optional.empty();

  private record Built(URI base, CdsOrderService service) {}

  CdsOrderHooks(
      FhirContext fhir,
      Knowledge knowledge,
      Checker checker,
      Jurisdiction jurisdiction,
      Clock clock,
      FhirFetcher fetcher,
      Duration fetchBudget,
      Supplier<URI> baseUrl) {
    this.fhir = Objects.requireNonNull(fhir, "fhir");
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.checker = Objects.requireNonNull(checker, "checker");
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.fetchBudget = Objects.requireNonNull(fetchBudget, "fetchBudget");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  @Override
  public JsonNode handle(String serviceId, JsonNode body) {
    return CdsJson.mapper().valueToTree(cards(serviceId, body));
  }

  /** The cards written straight to text: no tree copy of a response that is only sent. */
  @Override
  public String answer(String serviceId, JsonNode body) {
    return CdsJson.write(cards(serviceId, body));
  }

  private CdsResponse cards(String serviceId, JsonNode body) {
    CdsHookRequest request = request(body);
    CdsResponse response;
    try {
      response = service().call(serviceId, request, withinBudget());
    } catch (FhirInputException bad) {
      throw new BadRequestException(bad.getMessage());
    } catch (FhirFetchException unavailable) {
      throw new ProblemException(
          412,
          Problem.FHIR_DATA_UNAVAILABLE,
          "the FHIR data this check needs could not be fetched: "
              + withoutToken(unavailable.getMessage(), request)
              + "; prefetch it, or make the fhirServer reachable with the fhirAuthorization given");
    }
    return response;
  }

  /**
   * The fetcher for one call: all its reads together get {@code fetchBudget}, so an EHR waiting for
   * cards is answered (with a 412) in bounded time however many keys it did not prefetch.
   */
  private FhirFetcher withinBudget() {
    long deadline = System.nanoTime() + fetchBudget.toNanos();
    return new FhirFetcher() {
      @Override
      public Resource fetch(FhirServer server, String relativeQuery) {
        return fetch(server, relativeQuery, Duration.ofNanos(deadline - System.nanoTime()));
      }

      @Override
      public Resource fetch(FhirServer server, String relativeQuery, Duration within) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        return fetcher.fetch(server, relativeQuery, within.compareTo(left) < 0 ? within : left);
      }
    };
  }

  private static CdsHookRequest request(JsonNode body) {
    try {
      return CdsJson.mapper().treeToValue(body, CdsHookRequest.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      Throwable cause = rootIllegalArgument(e);
      throw new BadRequestException(
          "the CDS Hooks request is not valid: "
              + Optional.ofNullable(cause.getMessage()).orElse("").lines().findFirst().orElse(""));
    }
  }

  private static Throwable rootIllegalArgument(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        return t;
      }
    }
    return e;
  }

  /** The token is a secret: it is cut from any message that would carry it to a client. */
  private static String withoutToken(String message, CdsHookRequest request) {
    String text = Optional.ofNullable(message).orElse("");
    Optional<String> token = request.fhirAuthorization().map(FhirAuthorization::accessToken);
    return token.filter(t -> !t.isEmpty()).map(t -> text.replace(t, "[token]")).orElse(text);
  }

  private CdsOrderService service() {
    URI base = baseUrl.get();
    Optional<Built> current = built;
    if (current.isPresent() && current.get().base().equals(base)) {
      return current.get().service();
    }
    CdsOrderService service =
        new CdsOrderService(fhir, knowledge, checker, new CdsSettings(base, jurisdiction, clock));
    built = Optional.of(new Built(base, service));
    return service;
  }
}
