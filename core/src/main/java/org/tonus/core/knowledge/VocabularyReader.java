package org.tonus.core.knowledge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the three vocabularies and builds their indexes. A name, brand or synonym belongs to one
 * entry only: an ambiguous word would make a lookup guess.
 */
final class VocabularyReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern RXCUI = Pattern.compile("\\d{1,9}");
  private static final Pattern ATC = Pattern.compile("[A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?");
  private static final Pattern SNOMED = Pattern.compile("\\d{6,18}");

  private final Predicate<String> sourceExists;

  VocabularyReader(Predicate<String> sourceExists) {
    this.sourceExists = sourceExists;
  }

  DrugVocabulary drugs(YamlNode root) {
    root.rejectUnknownKeys(List.of("classes", "drugs"));
    Map<String, DrugClass> classes = new LinkedHashMap<>();
    for (YamlNode node : root.require("classes").map(YamlNode::items).orElse(List.of())) {
      node.rejectUnknownKeys(List.of("id", "name", "atc", "sources"));
      Optional<String> id = id(node, classes::containsKey);
      Optional<String> name = node.requireText("name");
      Optional<String> atc = code(node, "atc", ATC, "an ATC code");
      List<String> sources = sources(node);
      if (id.isPresent() && name.isPresent() && !sources.isEmpty()) {
        classes.put(id.get(), new DrugClass(id.get(), name.get(), atc, sources));
      }
    }
    Map<String, Drug> drugs = new LinkedHashMap<>();
    Index<Drug> byName = new Index<>(Drug::id);
    Map<String, Drug> byRxnorm = new HashMap<>();
    for (YamlNode node : root.require("drugs").map(YamlNode::items).orElse(List.of())) {
      node.rejectUnknownKeys(
          List.of("id", "name", "rxnorm", "atc", "classes", "brands", "synonyms", "sources"));
      Optional<String> id = id(node, drugs::containsKey);
      Optional<String> name = node.requireText("name");
      Optional<String> rxnorm = code(node, "rxnorm", RXCUI, "an RxNorm RXCUI (digits)");
      Optional<String> atc = code(node, "atc", ATC, "an ATC code");
      List<String> classIds = node.list("classes");
      node.get("classes")
          .ifPresent(
              list ->
                  list.items()
                      .forEach(
                          item ->
                              item.scalar()
                                  .filter(c -> !classes.containsKey(c))
                                  .ifPresent(
                                      c ->
                                          item.problem(
                                              "no drug class '"
                                                  + c
                                                  + "' in knowledge/vocabulary/drugs.yaml"))));
      List<String> brands = node.list("brands");
      List<String> synonyms = node.list("synonyms");
      List<String> sources = sources(node);
      if (id.isEmpty() || name.isEmpty() || sources.isEmpty()) {
        continue;
      }
      Drug drug = new Drug(id.get(), name.get(), rxnorm, atc, classIds, brands, synonyms, sources);
      drugs.put(drug.id(), drug);
      byName.add(node, drug, name.get());
      brands.forEach(brand -> byName.add(node, drug, brand));
      synonyms.forEach(synonym -> byName.add(node, drug, synonym));
      rxnorm.ifPresent(
          code -> {
            Drug previous = byRxnorm.putIfAbsent(code, drug);
            if (previous != null) {
              node.problem("RxNorm " + code + " already belongs to '" + previous.id() + "'");
            }
          });
    }
    return new DrugVocabulary(classes, drugs, byName.entries(), byRxnorm);
  }

  ConditionVocabulary conditions(YamlNode root) {
    root.rejectUnknownKeys(List.of("conditions"));
    Map<String, Condition> conditions = new LinkedHashMap<>();
    Index<Condition> byName = new Index<>(Condition::id);
    Map<String, Condition> bySnomed = new HashMap<>();
    Map<String, Condition> byIcd10 = new HashMap<>();
    for (YamlNode node : root.require("conditions").map(YamlNode::items).orElse(List.of())) {
      node.rejectUnknownKeys(List.of("id", "name", "icd10", "snomed", "synonyms", "sources"));
      Optional<String> id = id(node, conditions::containsKey);
      Optional<String> name = node.requireText("name");
      List<String> icd10 = node.list("icd10");
      List<String> snomed = node.list("snomed");
      List<String> synonyms = node.list("synonyms");
      List<String> sources = sources(node);
      if (id.isEmpty() || name.isEmpty() || sources.isEmpty()) {
        continue;
      }
      Condition condition = new Condition(id.get(), name.get(), icd10, snomed, synonyms, sources);
      conditions.put(condition.id(), condition);
      byName.add(node, condition, name.get());
      synonyms.forEach(synonym -> byName.add(node, condition, synonym));
      for (String code : icd10) {
        try {
          for (String key : Icd10Codes.keys(code)) {
            Condition previous = byIcd10.putIfAbsent(key, condition);
            if (previous != null) {
              node.problem("ICD-10-CM " + code + " already belongs to '" + previous.id() + "'");
            }
          }
        } catch (IllegalArgumentException e) {
          node.problem(e.getMessage());
        }
      }
      for (String concept : snomed) {
        if (!SNOMED.matcher(concept).matches()) {
          node.problem("'" + concept + "' is not a SNOMED CT concept id (6 to 18 digits)");
        } else if (bySnomed.putIfAbsent(concept, condition) != null) {
          node.problem(
              "SNOMED CT " + concept + " already belongs to '" + bySnomed.get(concept).id() + "'");
        }
      }
    }
    return new ConditionVocabulary(conditions, byName.entries(), bySnomed, byIcd10);
  }

  SymptomVocabulary symptoms(YamlNode root) {
    root.rejectUnknownKeys(List.of("symptoms"));
    Map<String, Symptom> symptoms = new LinkedHashMap<>();
    Index<Symptom> byName = new Index<>(Symptom::id);
    for (YamlNode node : root.require("symptoms").map(YamlNode::items).orElse(List.of())) {
      node.rejectUnknownKeys(List.of("id", "name", "snomed", "synonyms", "sources"));
      Optional<String> id = id(node, symptoms::containsKey);
      Optional<String> name = node.requireText("name");
      code(node, "snomed", SNOMED, "a SNOMED CT concept id (6 to 18 digits)");
      List<String> synonyms = node.list("synonyms");
      List<String> sources = sources(node);
      if (id.isEmpty() || name.isEmpty() || sources.isEmpty()) {
        continue;
      }
      Symptom symptom = new Symptom(id.get(), name.get(), synonyms, sources);
      symptoms.put(symptom.id(), symptom);
      byName.add(node, symptom, name.get());
      synonyms.forEach(synonym -> byName.add(node, symptom, synonym));
    }
    return new SymptomVocabulary(symptoms, byName.entries());
  }

  private static Optional<String> id(YamlNode node, Predicate<String> taken) {
    Optional<String> id = node.requireText("id");
    if (id.isEmpty()) {
      return id;
    }
    YamlNode idNode = node.get("id").orElseThrow();
    if (!ID.matcher(id.get()).matches()) {
      idNode.problem("id '" + id.get() + "' must be lower-case letters, digits and hyphens");
      return Optional.empty();
    }
    if (taken.test(id.get())) {
      idNode.problem("duplicate id '" + id.get() + "'");
      return Optional.empty();
    }
    return id;
  }

  private static Optional<String> code(YamlNode node, String key, Pattern format, String what) {
    Optional<String> code = node.text(key);
    if (code.isPresent() && !format.matcher(code.get()).matches()) {
      node.get(key).orElseThrow().problem("'" + code.get() + "' is not " + what);
      return Optional.empty();
    }
    return code;
  }

  private List<String> sources(YamlNode node) {
    List<YamlNode> items = node.get("sources").map(YamlNode::items).orElse(List.of());
    if (items.isEmpty()) {
      node.problem("entry has no sources");
      return List.of();
    }
    boolean allKnown = true;
    for (YamlNode item : items) {
      Optional<String> source = item.scalar();
      if (source.isPresent() && !sourceExists.test(source.get())) {
        item.problem("unknown source '" + source.get() + "' (not in knowledge/sources.yaml)");
        allKnown = false;
      }
    }
    return allKnown ? node.list("sources") : List.of();
  }

  /** A name index that reports a word claimed by two entries. */
  private static final class Index<T> {
    private final Map<String, T> entries = new HashMap<>();
    private final Function<T, String> idOf;

    Index(Function<T, String> idOf) {
      this.idOf = idOf;
    }

    void add(YamlNode node, T entry, String name) {
      T previous = entries.putIfAbsent(Names.normalize(name), entry);
      if (previous != null && previous != entry) {
        node.problem("name '" + name + "' already belongs to '" + idOf.apply(previous) + "'");
      }
    }

    Map<String, T> entries() {
      return entries;
    }
  }
}
