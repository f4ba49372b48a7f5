package org.tonus.fhir;

import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Knowledge;

/**
 * The web address of a knowledge source, where it has one that is a real http(s) URL; a project
 * policy's address is a file path in the repository and is not given as a link.
 */
public final class SourceUrls {
  private SourceUrls() {}

  public static Optional<String> of(Knowledge knowledge, String sourceId) {
    return knowledge.source(sourceId).stream()
        .flatMap(s -> s.urls().stream())
        .filter(u -> (u.startsWith("https://") || u.startsWith("http://")) && !u.contains(" "))
        .findFirst();
  }

  /** The first link among the sources, in their order. */
  public static Optional<String> first(Knowledge knowledge, List<String> sourceIds) {
    return sourceIds.stream().flatMap(id -> of(knowledge, id).stream()).findFirst();
  }
}
