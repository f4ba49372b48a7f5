package org.tonus.fhir.cds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CDS Hooks 2.0 service call (https://cds-hooks.org/specification/current/#http-request): the
 * hook, its instance id, where and how to reach the FHIR server, the hook's context and the
 * prefetched resources by template key. FHIR resources stay JSON here and are read (by the lean
 * reader or HAPI) where they are used. A prefetch key whose value is null means the client could
 * not prefetch it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CdsHookRequest(
    String hook,
    String hookInstance,
    Optional<String> fhirServer,
    Optional<FhirAuthorization> fhirAuthorization,
    HookContext context,
    Map<String, JsonNode> prefetch) {
  public CdsHookRequest {
    if (hook == null || hook.isBlank()) {
      throw new IllegalArgumentException("hook is required");
    }
    if (hookInstance == null || hookInstance.isBlank()) {
      throw new IllegalArgumentException("hookInstance is required");
    }
    fhirServer = fhirServer == null ? Optional.empty() : fhirServer;
    fhirAuthorization = fhirAuthorization == null ? Optional.empty() : fhirAuthorization;
    Objects.requireNonNull(context, "context is required");
    prefetch =
        prefetch == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(prefetch));
  }

  /** The prefetched value of {@code key}, when the client sent one (not null). */
  public Optional<JsonNode> prefetched(String key) {
    return Optional.ofNullable(prefetch.get(key)).filter(n -> !n.isNull());
  }
}
