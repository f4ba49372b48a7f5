package org.tonus.app.web;

import java.util.List;
import org.tonus.core.knowledge.Conflict;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Source;
import org.tonus.core.monograph.Monograph;

/**
 * The monograph of one jurisdiction as the page and the handout show it: sections with their facts
 * and the disagreements that concern them, and the sources cited with their links.
 */
record MonographView(
    String jurisdiction,
    String heading,
    List<SectionView> sections,
    List<ConflictView> conflicts,
    List<SourceView> sources) {

  record SectionView(
      int number, String id, String title, List<FactView> facts, List<ConflictView> conflicts) {}

  record FactView(String id, String text, String note, List<String> sources) {}

  record ConflictView(
      String id, String topic, List<PositionView> positions, String resolution, String sectionId) {}

  record PositionView(String claim, List<String> sources) {}

  /** A source with the links a reader can follow ({@code http…}) and other references. */
  record SourceView(String id, String description, List<String> links, List<String> references) {}

  static MonographView of(Monograph monograph) {
    List<ConflictView> conflicts =
        monograph.conflicts().stream().map(MonographView::conflict).toList();
    List<SectionView> sections =
        monograph.parts().stream()
            .map(
                part ->
                    new SectionView(
                        part.number(),
                        part.section().id(),
                        part.section().title(),
                        part.facts().stream().map(MonographView::fact).toList(),
                        conflicts.stream()
                            .filter(c -> c.sectionId().equals(part.section().id()))
                            .toList()))
            .toList();
    return new MonographView(
        monograph.jurisdiction().name(),
        "Baclofen monograph (" + monograph.jurisdiction().code() + ")",
        sections,
        conflicts,
        monograph.sources().stream().map(MonographView::source).toList());
  }

  private static FactView fact(Fact fact) {
    return new FactView(fact.id(), fact.text(), fact.note().orElse(""), fact.sources());
  }

  private static ConflictView conflict(Conflict conflict) {
    return new ConflictView(
        conflict.id(),
        conflict.topic(),
        conflict.positions().stream()
            .map(position -> new PositionView(position.claim(), position.sources()))
            .toList(),
        conflict.resolution(),
        conflict.sectionId());
  }

  private static SourceView source(Source source) {
    String date = source.date().map(Object::toString).orElse("undated");
    String seed = source.seedFile().map(file -> " Seed page " + file + ".").orElse("");
    return new SourceView(
        source.id(),
        source.title() + ". " + source.publisher() + ", " + date + "." + seed,
        source.urls().stream().filter(url -> url.startsWith("http")).toList(),
        source.urls().stream().filter(url -> !url.startsWith("http")).toList());
  }
}
