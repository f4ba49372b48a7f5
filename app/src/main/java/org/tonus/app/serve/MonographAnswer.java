package org.tonus.app.serve;

import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Conflict;
import org.tonus.core.knowledge.ConflictPosition;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Source;
import org.tonus.core.monograph.Monograph;

/**
 * The monograph of one jurisdiction as JSON: sections with the facts that hold there (our words,
 * the kind, the sources), every conflict between sources with all its positions, and the sources
 * cited.
 */
record MonographAnswer(
    String drug,
    String jurisdiction,
    List<SectionAnswer> sections,
    List<ConflictAnswer> conflicts,
    List<SourceAnswer> sources) {

  record SectionAnswer(int number, String id, String title, List<FactAnswer> facts) {}

  record FactAnswer(
      String id, String kind, String text, List<String> sources, Optional<String> note) {}

  record ConflictAnswer(
      String id,
      String section,
      String topic,
      List<ConflictPosition> positions,
      String resolution) {}

  record SourceAnswer(
      String id,
      String kind,
      String title,
      String publisher,
      Optional<String> date,
      List<String> urls) {}

  static MonographAnswer of(Monograph monograph) {
    return new MonographAnswer(
        monograph.drug(),
        monograph.jurisdiction().name(),
        monograph.parts().stream()
            .map(
                part ->
                    new SectionAnswer(
                        part.number(),
                        part.section().id(),
                        part.section().title(),
                        part.facts().stream().map(MonographAnswer::fact).toList()))
            .toList(),
        monograph.conflicts().stream().map(MonographAnswer::conflict).toList(),
        monograph.sources().stream().map(MonographAnswer::source).toList());
  }

  private static FactAnswer fact(Fact fact) {
    return new FactAnswer(fact.id(), fact.kind().code(), fact.text(), fact.sources(), fact.note());
  }

  private static ConflictAnswer conflict(Conflict conflict) {
    return new ConflictAnswer(
        conflict.id(),
        conflict.sectionId(),
        conflict.topic(),
        conflict.positions(),
        conflict.resolution());
  }

  private static SourceAnswer source(Source source) {
    return new SourceAnswer(
        source.id(),
        source.kind().code(),
        source.title(),
        source.publisher(),
        source.date().map(Object::toString),
        source.urls());
  }
}
