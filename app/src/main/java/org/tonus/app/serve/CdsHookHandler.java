package org.tonus.app.serve;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answers one CDS Hooks call: the request body (already authenticated, checked to be a JSON object
 * with {@code hook}, {@code hookInstance} and {@code context}) in, the CDS Hooks response ({@code
 * {"cards": [...]}}) out. A request it cannot use is a {@link
 * org.tonus.app.request.BadRequestException} naming the field. Must be safe to call from many
 * threads at once.
 */
@FunctionalInterface
public interface CdsHookHandler {
  JsonNode handle(String serviceId, JsonNode request);

  /** The response as JSON text; a handler that writes its own text faster may override this. */
  default String answer(String serviceId, JsonNode request) {
    return handle(serviceId, request).toString();
  }

  /**
   * A server without a card service: every call is answered 501, never an empty list. {@code serve}
   * wires module fhir's order service instead ({@link CdsOrderHooks}).
   */
  static CdsHookHandler notWired() {
    return (serviceId, request) -> {
      throw new ProblemException(
          501,
          Problem.NOT_IMPLEMENTED,
          "no CDS hook handler is wired into this server yet; cards for "
              + serviceId
              + " arrive with the FHIR module");
    };
  }
}
