package org.tonus.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tonus.app.request.BadRequestException;

/**
 * CDS Hooks 2.0 over HTTP: discovery, the service calls (authenticated, then handed to the {@link
 * CdsHookHandler}) and feedback on the cards (authenticated, then appended to the feedback log).
 */
final class CdsRoutes {
  private static final String JSON = "application/json";
  private static final Set<String> OUTCOMES = Set.of("accepted", "overridden");

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final CdsServices services;
  private final CdsHookHandler handler;
  private final CdsAuthenticator authenticator;
  private final CdsFeedbackLog feedback;
  private final Optional<URI> publicBaseUrl;
  private final Clock clock;

  CdsRoutes(
      CdsServices services,
      CdsHookHandler handler,
      CdsAuthenticator authenticator,
      CdsFeedbackLog feedback,
      Optional<URI> publicBaseUrl,
      Clock clock) {
    this.services = services;
    this.handler = handler;
    this.authenticator = authenticator;
    this.feedback = feedback;
    this.publicBaseUrl = publicBaseUrl;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/cds-services", this::discovery);
    routes.post("/cds-services/{id}", this::call);
    routes.post("/cds-services/{id}/feedback", this::feedback);
  }

  private void discovery(Context ctx) {
    ctx.contentType(JSON).result(mapper.valueToTree(services).toString());
  }

  private void call(Context ctx) {
    CdsService service = service(ctx);
    authenticator.authenticate(
        Optional.ofNullable(ctx.header("Authorization")), url(ctx, service.id()));
    ObjectNode request = body(ctx);
    String hook = requiredText(request, "hook");
    if (!hook.equals(service.hook())) {
      throw new BadRequestException(
          "hook '" + hook + "' is not the hook of " + service.id() + " (" + service.hook() + ")");
    }
    requiredText(request, "hookInstance");
    if (!request.path("context").isObject()) {
      throw new BadRequestException("context is required (an object)");
    }
    ctx.contentType(JSON).result(handler.answer(service.id(), request));
  }

  private void feedback(Context ctx) {
    CdsService service = service(ctx);
    CdsAuthenticator.Caller caller =
        authenticator.authenticate(
            Optional.ofNullable(ctx.header("Authorization")), url(ctx, service.id() + "/feedback"));
    ObjectNode request = body(ctx);
    JsonNode items = request.path("feedback");
    if (!items.isArray() || items.isEmpty()) {
      throw new BadRequestException("feedback is required (a list of card outcomes)");
    }
    List<ObjectNode> entries = new ArrayList<>();
    String receivedAt = clock.instant().toString();
    for (int i = 0; i < items.size(); i++) {
      entries.add(entry(items.get(i), "feedback[" + i + "]", service, caller, receivedAt));
    }
    feedback.append(entries);
    ObjectNode answer = mapper.createObjectNode();
    answer.put("recorded", entries.size());
    ctx.contentType(JSON).result(answer.toString());
  }

  private ObjectNode entry(
      JsonNode item, String where, CdsService service, CdsAuthenticator.Caller caller, String at) {
    if (!item.isObject()) {
      throw new BadRequestException(where + " must be an object");
    }
    String outcome = requiredText(item, "outcome", where);
    if (!OUTCOMES.contains(outcome)) {
      throw new BadRequestException(
          where + ".outcome '" + outcome + "' is not one of accepted, overridden");
    }
    ObjectNode entry = mapper.createObjectNode();
    entry.put("receivedAt", at);
    entry.put("service", service.id());
    entry.put("client", caller.issuer());
    entry.put("clientVerified", caller.verified());
    entry.put("card", requiredText(item, "card", where));
    entry.put("outcome", outcome);
    entry.put("outcomeTimestamp", requiredText(item, "outcomeTimestamp", where));
    if (outcome.equals("accepted")) {
      JsonNode suggestions = item.path("acceptedSuggestions");
      entry.set(
          "acceptedSuggestions", suggestions.isArray() ? suggestions : mapper.createArrayNode());
    } else {
      JsonNode reason = item.path("overrideReason");
      if (!reason.isMissingNode() && !reason.isObject()) {
        throw new BadRequestException(where + ".overrideReason must be an object");
      }
      entry.set("overrideReason", reason.isObject() ? reason : mapper.createObjectNode());
    }
    return entry;
  }

  private CdsService service(Context ctx) {
    String id = ctx.pathParam("id");
    return services
        .find(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    404,
                    Problem.HTTP_STATUS,
                    "no CDS service '"
                        + id
                        + "'; the services are listed at GET /cds-services: "
                        + String.join(
                            ", ", services.services().stream().map(CdsService::id).toList())));
  }

  /** The URL of this endpoint as the client calls it: what the token's aud must name. */
  private String url(Context ctx, String path) {
    String base =
        publicBaseUrl.map(URI::toString).orElseGet(() -> ctx.scheme() + "://" + ctx.host());
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + "/cds-services/"
        + path;
  }

  private ObjectNode body(Context ctx) {
    RequestBodies.acceptedType(ctx, List.of(JSON));
    String text = RequestBodies.text(ctx);
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadRequestException(
          "the request is not valid JSON"
              + (e.getLocation() == null
                  ? ""
                  : " at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()));
    }
    if (node == null || !node.isObject()) {
      throw new BadRequestException("the request must be a JSON object");
    }
    return (ObjectNode) node;
  }

  private static String requiredText(JsonNode node, String field) {
    return requiredText(node, field, "");
  }

  private static String requiredText(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    String name = where.isEmpty() ? field : where + "." + field;
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new BadRequestException(name + " is required (text)");
    }
    return value.asText();
  }
}
