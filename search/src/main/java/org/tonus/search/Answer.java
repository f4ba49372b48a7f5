package org.tonus.search;

import java.util.List;
import java.util.Objects;

/**
 * One passage of the monograph that answers a question: the fact's own plain-language text, the
 * section it belongs to, the ids of the sources it rests on (titles and URLs through {@code
 * Knowledge.source(id)}), and its relevance score (higher is better; comparable only within one
 * answer).
 */
public record Answer(
    String section,
    String sectionTitle,
    String factId,
    String text,
    List<String> sources,
    double score) {
  public Answer {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(sectionTitle, "sectionTitle");
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(text, "text");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("answer " + factId + " has no sources");
    }
    if (!(score >= 0)) {
      throw new IllegalArgumentException("answer " + factId + " has score " + score);
    }
    sources = List.copyOf(sources);
  }
}
