package org.tonus.core.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The loaded, validated pack: sources, monograph sections with their facts and conflicts, and the
 * vocabularies. Immutable; every index is built once by the loader.
 */
public final class Knowledge {
  private final String name;
  private final Map<String, Source> sources;
  private final List<String> sourceOrder;
  private final List<Section> sections;
  private final Map<String, Fact> factsById;
  private final Map<FactKind, List<Fact>> factsByKind;
  private final DrugVocabulary drugs;
  private final ConditionVocabulary conditions;
  private final SymptomVocabulary symptoms;

  Knowledge(
      String name,
      List<Source> sources,
      List<Section> sections,
      DrugVocabulary drugs,
      ConditionVocabulary conditions,
      SymptomVocabulary symptoms) {
    this.name = name;
    this.sources =
        sources.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Source::id, s -> s));
    this.sourceOrder = sources.stream().map(Source::id).toList();
    this.sections = List.copyOf(sections);
    this.factsById =
        sections.stream()
            .flatMap(s -> s.facts().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Fact::id, f -> f));
    Map<FactKind, List<Fact>> byKind = new EnumMap<>(FactKind.class);
    sections.stream()
        .flatMap(s -> s.facts().stream())
        .forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    byKind.replaceAll((kind, facts) -> List.copyOf(facts));
    this.factsByKind = byKind;
    this.drugs = drugs;
    this.conditions = conditions;
    this.symptoms = symptoms;
  }

  public String name() {
    return name;
  }

  /** Sources in the order the pack lists them. */
  public List<Source> sources() {
    return sourceOrder.stream().map(sources::get).toList();
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public List<Section> sections() {
    return sections;
  }

  public Optional<Section> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Fact> fact(String id) {
    return Optional.ofNullable(factsById.get(id));
  }

  public Stream<Fact> facts() {
    return sections.stream().flatMap(s -> s.facts().stream());
  }

  /** The facts of one kind in monograph order; the index is built once, so this is cheap. */
  public List<Fact> facts(FactKind kind) {
    return factsByKind.getOrDefault(kind, List.of());
  }

  public Stream<Conflict> conflicts() {
    return sections.stream().flatMap(s -> s.conflicts().stream());
  }

  public DrugVocabulary drugs() {
    return drugs;
  }

  public ConditionVocabulary conditions() {
    return conditions;
  }

  public SymptomVocabulary symptoms() {
    return symptoms;
  }

  /** Source ids no fact, conflict or vocabulary entry cites; a complete pack has none. */
  public List<String> unusedSources() {
    java.util.Set<String> used = new java.util.HashSet<>();
    facts().forEach(f -> used.addAll(f.sources()));
    conflicts().flatMap(Conflict::sources).forEach(used::add);
    drugs.drugs().forEach(d -> used.addAll(d.sources()));
    drugs.classes().forEach(c -> used.addAll(c.sources()));
    conditions.conditions().forEach(c -> used.addAll(c.sources()));
    symptoms.symptoms().forEach(s -> used.addAll(s.sources()));
    return sourceOrder.stream().filter(id -> !used.contains(id)).toList();
  }
}
