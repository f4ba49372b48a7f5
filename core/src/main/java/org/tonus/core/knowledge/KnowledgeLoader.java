package org.tonus.core.knowledge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads and validates a knowledge pack. Reading order follows the references: sources, then the
 * vocabularies (which cite sources), then the sections (which cite both), then the conflicts'
 * references to facts. Every problem is collected; a pack with any problem does not load.
 */
public final class KnowledgeLoader {
  private static final String DISPLAY_ROOT = "knowledge/";
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private final PackFiles files;
  private final Problems problems = new Problems();
  private final Map<String, String> idLocations = new HashMap<>();

  private KnowledgeLoader(PackFiles files) {
    this.files = files;
  }

  /** The pack shipped inside the program. */
  public static Knowledge loadBundled() {
    return new KnowledgeLoader(
            PackFiles.classpath(KnowledgeLoader.class.getClassLoader(), DISPLAY_ROOT))
        .load();
  }

  /** A pack in a directory, for reviewers who edit it. */
  public static Knowledge load(Path root) {
    return new KnowledgeLoader(PackFiles.directory(root)).load();
  }

  private Knowledge load() {
    YamlNode manifest = parse("pack.yaml").orElseThrow(this::failure);
    manifest.rejectUnknownKeys(List.of("name", "sources", "sections", "vocabularies"));
    String name = manifest.requireText("name").orElse("?");
    String sourcesFile = manifest.requireText("sources").orElse("sources.yaml");
    List<String> sectionFiles =
        manifest.require("sections").map(YamlNode::scalars).orElse(List.of());
    YamlNode vocabularies = manifest.require("vocabularies").orElseThrow(this::failure);
    vocabularies.rejectUnknownKeys(List.of("drugs", "conditions", "symptoms"));
    problems.throwIfAny();

    Map<String, String> sourceIds = new HashMap<>();
    List<Source> sources =
        parse(sourcesFile)
            .map(root -> new SourceReader((id, at) -> register(sourceIds, id, at)).read(root))
            .orElse(List.of());
    Map<String, Source> sourcesById = new HashMap<>();
    sources.forEach(s -> sourcesById.put(s.id(), s));

    VocabularyReader vocabularyReader = new VocabularyReader(sourcesById::containsKey);
    DrugVocabulary drugs =
        vocabulary(vocabularies, "drugs").map(vocabularyReader::drugs).orElse(null);
    ConditionVocabulary conditions =
        vocabulary(vocabularies, "conditions").map(vocabularyReader::conditions).orElse(null);
    SymptomVocabulary symptoms =
        vocabulary(vocabularies, "symptoms").map(vocabularyReader::symptoms).orElse(null);
    problems.throwIfAny();

    List<YamlNode> factReferences = new ArrayList<>();
    List<String> referencedFacts = new ArrayList<>();
    SectionReader sectionReader =
        new SectionReader(
            sourcesById::containsKey,
            reference -> exists(reference, drugs, conditions, symptoms),
            (id, at) -> register(idLocations, id, at),
            (id, at) -> {
              referencedFacts.add(id);
              factReferences.add(at);
            });
    List<Section> sections = new ArrayList<>();
    Map<String, String> sectionIds = new HashMap<>();
    for (String file : sectionFiles) {
      String sectionId = sectionId(file);
      Optional<YamlNode> root = parse(file);
      if (root.isEmpty()) {
        continue;
      }
      if (sectionIds.putIfAbsent(sectionId, file) != null) {
        root.get().problem("section '" + sectionId + "' is listed twice in knowledge/pack.yaml");
        continue;
      }
      sectionReader.read(sectionId, root.get()).ifPresent(sections::add);
    }
    for (int i = 0; i < referencedFacts.size(); i++) {
      if (!sectionReader.declaresFact(referencedFacts.get(i))) {
        factReferences.get(i).problem("no fact '" + referencedFacts.get(i) + "' in the pack");
      }
    }
    problems.throwIfAny();
    return new Knowledge(name, sources, sections, drugs, conditions, symptoms);
  }

  private Optional<YamlNode> vocabulary(YamlNode vocabularies, String key) {
    return vocabularies.requireText(key).flatMap(this::parse);
  }

  private Optional<YamlNode> parse(String relativePath) {
    String display = DISPLAY_ROOT + relativePath;
    Optional<String> text = files.read(relativePath);
    if (text.isEmpty()) {
      problems.add(display, "file not found");
      return Optional.empty();
    }
    try {
      JsonNode root = YAML.readTree(text.get());
      if (root == null || !root.isObject()) {
        problems.add(display, "expected a YAML map at the top of the file");
        return Optional.empty();
      }
      return Optional.of(new YamlNode(display, "", root, problems));
    } catch (JacksonException e) {
      problems.add(display, "not valid YAML: " + e.getOriginalMessage() + locationOf(e));
      return Optional.empty();
    }
  }

  private static String locationOf(JacksonException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private void register(Map<String, String> registry, String id, YamlNode at) {
    String previous = registry.putIfAbsent(id, at.location());
    if (previous != null) {
      at.problem("duplicate id '" + id + "' (already defined at " + previous + ")");
    }
  }

  private static boolean exists(
      Reference reference,
      DrugVocabulary drugs,
      ConditionVocabulary conditions,
      SymptomVocabulary symptoms) {
    return switch (reference.target()) {
      case CONDITION -> conditions.condition(reference.id()).isPresent();
      case SYMPTOM -> symptoms.symptom(reference.id()).isPresent();
      case DRUG -> drugs.drug(reference.id()).isPresent();
      case DRUG_CLASS -> drugs.drugClass(reference.id()).isPresent();
    };
  }

  private static String sectionId(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
  }

  private KnowledgeException failure() {
    problems.throwIfAny();
    return new KnowledgeException(List.of(DISPLAY_ROOT + "pack.yaml: cannot be read"));
  }
}
