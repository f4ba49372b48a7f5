package org.tonus.core.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A document a fact rests on: a seed page (by its file name), a label, a monograph, a paper, a
 * terminology, or a policy of this project. The date is empty when the source is undated.
 */
public record Source(
    String id,
    SourceKind kind,
    String title,
    String publisher,
    Optional<PartialDate> date,
    List<String> urls,
    Optional<String> seedFile,
    Reliability reliability) {
  public Source {
    urls = List.copyOf(urls);
    if (kind == SourceKind.SEED && seedFile.isEmpty()) {
      throw new IllegalArgumentException("seed source " + id + " needs its file name");
    }
    if (kind != SourceKind.SEED && urls.isEmpty()) {
      throw new IllegalArgumentException("source " + id + " needs at least one URL");
    }
  }
}
