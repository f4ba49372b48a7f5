package org.tonus.core.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads one monograph section file: its title, its facts (under a key named like the file) and its
 * conflicts. Source ids and vocabulary references are checked as they are read; ids are registered
 * with the loader so duplicates across files are caught; conflict references to facts are handed
 * back for checking once every section is read.
 */
final class SectionReader {
  static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  private static final Set<String> SCOPE_KEYS =
      Set.of(
          "id",
          "kind",
          "text",
          "sources",
          "jurisdiction",
          "route",
          "population",
          "ageFromYears",
          "ageBelowYears",
          "weightBelowKg",
          "note");

  private final Predicate<String> sourceExists;
  private final FieldReader fields;
  private final BiConsumer<String, YamlNode> registerId;
  private final BiConsumer<String, YamlNode> requireFact;
  private final Set<String> declaredFactIds = new HashSet<>();

  /**
   * @param registerId records an id at its node, reporting a duplicate
   * @param requireFact records a conflict's reference to a fact, checked after all sections
   */
  SectionReader(
      Predicate<String> sourceExists,
      Predicate<Reference> referenceExists,
      BiConsumer<String, YamlNode> registerId,
      BiConsumer<String, YamlNode> requireFact) {
    this.sourceExists = sourceExists;
    this.fields = new FieldReader(referenceExists);
    this.registerId = registerId;
    this.requireFact = requireFact;
  }

  /**
   * Every fact id written in the sections read so far, including facts rejected for another
   * problem, so that one mistake is reported once rather than again at each conflict naming it.
   */
  boolean declaresFact(String id) {
    return declaredFactIds.contains(id);
  }

  Optional<Section> read(String sectionId, YamlNode root) {
    root.rejectUnknownKeys(List.of("title", sectionId, "conflicts"));
    Optional<String> title = root.requireText("title");
    List<Fact> facts = new ArrayList<>();
    root.require(sectionId)
        .ifPresent(
            list -> list.items().forEach(item -> fact(sectionId, item).ifPresent(facts::add)));
    List<Conflict> conflicts = new ArrayList<>();
    root.get("conflicts")
        .ifPresent(
            list ->
                list.items().forEach(item -> conflict(sectionId, item).ifPresent(conflicts::add)));
    return title.map(t -> new Section(sectionId, t, facts, conflicts));
  }

  private Optional<Fact> fact(String sectionId, YamlNode node) {
    if (!node.isMap()) {
      node.problem("expected a fact (a map with id, kind, text and sources)");
      return Optional.empty();
    }
    Optional<String> id = id(node);
    id.ifPresent(declaredFactIds::add);
    Optional<FactKind> kind =
        node.require("kind")
            .flatMap(k -> k.scalar().flatMap(text -> choice(k, text, FactKind.class)));
    Optional<String> text = node.requireText("text");
    List<String> sources = sources(node, id.orElse("?"));
    Optional<Scope> scope = scope(node);
    Optional<String> note = node.text("note");
    if (kind.isEmpty()) {
      node.rejectUnknownKeys(allKeys());
      return Optional.empty();
    }
    Optional<FactValues> values = values(node, kind.get());
    if (id.isEmpty()
        || text.isEmpty()
        || sources.isEmpty()
        || values.isEmpty()
        || scope.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Fact(
            id.get(), sectionId, kind.get(), text.get(), sources, scope.get(), values.get(), note));
  }

  private Optional<String> id(YamlNode node) {
    Optional<YamlNode> idNode = node.require("id");
    Optional<String> id = idNode.flatMap(YamlNode::scalar);
    if (id.isPresent() && !ID.matcher(id.get()).matches()) {
      idNode.get().problem("id '" + id.get() + "' must be capital letters, digits and hyphens");
      return Optional.empty();
    }
    id.ifPresent(value -> registerId.accept(value, idNode.get()));
    return id;
  }

  private List<String> sources(YamlNode node, String owner) {
    Optional<YamlNode> list = node.get("sources");
    List<YamlNode> items = list.map(YamlNode::items).orElse(List.of());
    if (items.isEmpty()) {
      node.problem("'" + owner + "' has no sources");
      return List.of();
    }
    List<String> sources = new ArrayList<>();
    boolean allKnown = true;
    for (YamlNode item : items) {
      Optional<String> source = item.scalar();
      if (source.isEmpty()) {
        allKnown = false;
      } else if (!sourceExists.test(source.get())) {
        item.problem("unknown source '" + source.get() + "' (not in knowledge/sources.yaml)");
        allKnown = false;
      } else {
        sources.add(source.get());
      }
    }
    return allKnown ? sources : List.of();
  }

  /** The scope of a fact, or empty after reporting a malformed part. */
  private static Optional<Scope> scope(YamlNode node) {
    int before = node.problemCount();
    Optional<Jurisdiction> jurisdiction = optionalChoice(node, "jurisdiction", Jurisdiction.class);
    Optional<Route> route = optionalChoice(node, "route", Route.class);
    Optional<Population> population = optionalChoice(node, "population", Population.class);
    OptionalInt from = optionalCount(node, "ageFromYears");
    OptionalInt below = optionalCount(node, "ageBelowYears");
    Optional<BigDecimal> weightBelow =
        node.get("weightBelowKg")
            .flatMap(w -> w.scalar().flatMap(text -> FieldReader.decimal(w, text)))
            .map(BigDecimal.class::cast);
    if (node.problemCount() != before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Scope(jurisdiction, route, population, from, below, weightBelow));
    } catch (IllegalArgumentException e) {
      node.problem(e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<FactValues> values(YamlNode node, FactKind kind) {
    Map<FactField, Object> values = new EnumMap<>(FactField.class);
    boolean complete = true;
    Set<String> allowed = new HashSet<>(SCOPE_KEYS);
    kind.allowed().forEach(f -> allowed.add(f.key()));
    for (String key : node.keys()) {
      if (SCOPE_KEYS.contains(key)) {
        continue;
      }
      Optional<FactField> field = kind.field(key);
      if (field.isEmpty()) {
        node.rejectUnknownKeys(allowed);
        return Optional.empty();
      }
      Optional<Object> value = node.get(key).flatMap(v -> fields.read(v, field.get().type()));
      if (value.isPresent()) {
        values.put(field.get(), value.get());
      } else {
        complete = false;
      }
    }
    for (FactField required : kind.required()) {
      if (!node.keys().contains(required.key())) {
        node.problem("a " + kind.code() + " fact needs '" + required.key() + "'");
        complete = false;
      }
    }
    if (!kind.exactlyOneOf().isEmpty()) {
      long present =
          kind.exactlyOneOf().stream().filter(f -> node.keys().contains(f.key())).count();
      if (present != 1) {
        node.problem(
            "a "
                + kind.code()
                + " fact needs exactly one of: "
                + String.join(
                    ", ", kind.exactlyOneOf().stream().map(FactField::key).sorted().toList()));
        complete = false;
      }
    }
    return complete ? Optional.of(new FactValues(values)) : Optional.empty();
  }

  private Optional<Conflict> conflict(String sectionId, YamlNode node) {
    node.rejectUnknownKeys(List.of("id", "topic", "positions", "resolution"));
    Optional<String> id = id(node);
    Optional<String> topic = node.requireText("topic");
    Optional<String> resolution = node.requireText("resolution");
    List<ConflictPosition> positions = new ArrayList<>();
    List<YamlNode> items = node.require("positions").map(YamlNode::items).orElse(List.of());
    boolean complete = true;
    for (YamlNode item : items) {
      item.rejectUnknownKeys(List.of("claim", "facts", "sources"));
      Optional<String> claim = item.requireText("claim");
      List<String> sources = sources(item, "position " + item.path());
      List<String> facts = new ArrayList<>();
      item.get("facts")
          .ifPresent(
              list ->
                  list.items()
                      .forEach(
                          ref ->
                              ref.scalar()
                                  .ifPresent(
                                      factId -> {
                                        requireFact.accept(factId, ref);
                                        facts.add(factId);
                                      })));
      if (claim.isPresent() && !sources.isEmpty()) {
        positions.add(new ConflictPosition(claim.get(), facts, sources));
      } else {
        complete = false;
      }
    }
    if (complete && items.size() < 2) {
      node.problem("a conflict needs at least two positions");
      complete = false;
    }
    if (!complete || id.isEmpty() || topic.isEmpty() || resolution.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Conflict(id.get(), sectionId, topic.get(), positions, resolution.get()));
  }

  private static Set<String> allKeys() {
    Set<String> keys = new HashSet<>(SCOPE_KEYS);
    for (FactField field : FactField.values()) {
      keys.add(field.key());
    }
    return keys;
  }

  private static <E extends Enum<E> & Coded> Optional<E> optionalChoice(
      YamlNode node, String key, Class<E> type) {
    return node.get(key).flatMap(v -> v.scalar().flatMap(text -> choice(v, text, type)));
  }

  private static <E extends Enum<E> & Coded> Optional<E> choice(
      YamlNode node, String text, Class<E> type) {
    Optional<E> value = Coded.fromCode(type, text);
    if (value.isEmpty()) {
      node.problem("'" + text + "' is not one of: " + Coded.codes(type));
    }
    return value;
  }

  private static OptionalInt optionalCount(YamlNode node, String key) {
    return node.get(key)
        .flatMap(v -> v.scalar().flatMap(text -> FieldReader.count(v, text)))
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }
}
