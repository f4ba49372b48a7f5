package org.tonus.core.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A drug by its generic name, with the brands and other names people write for it, its RxNorm
 * ingredient code and ATC code where verified, and the classes it belongs to.
 */
public record Drug(
    String id,
    String name,
    Optional<String> rxnorm,
    Optional<String> atc,
    List<String> classIds,
    List<String> brands,
    List<String> synonyms,
    List<String> sources) {
  public Drug {
    classIds = List.copyOf(classIds);
    brands = List.copyOf(brands);
    synonyms = List.copyOf(synonyms);
    sources = List.copyOf(sources);
  }
}
