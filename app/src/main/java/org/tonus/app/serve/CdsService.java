package org.tonus.app.serve;

import java.util.Map;
import java.util.Objects;

/**
 * One CDS Hooks 2.0 service as the discovery document lists it: the hook it answers, its id (the
 * last segment of its URL), a title, a description and the FHIR queries the client should prefetch
 * ({@code {{context.patientId}}} templates).
 */
public record CdsService(
    String hook, String id, String title, String description, Map<String, String> prefetch) {
  public CdsService {
    Objects.requireNonNull(hook, "hook");
    if (id == null || !id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("a CDS service id is one URL segment, not '" + id + "'");
    }
    // discovery lists the templates in the order they were given
    prefetch = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prefetch));
  }
}
