package org.tonus.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tonus.core.knowledge.Condition;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Symptom;

/**
 * Builds the query-time synonym map: the lay words of {@code lay-words.txt} (a resource of this
 * module) and, from the knowledge vocabularies, every symptom's lay words, every drug's brands and
 * other names (to its generic name and the names of its classes, which the interaction facts use),
 * and every condition's plain-word synonyms, each mapped to the name the monograph uses. The words
 * people typed are kept beside the name they map to.
 */
final class Vocabularies {
  static final String LAY_WORDS = "lay-words.txt";

  private Vocabularies() {}

  static SynonymMap synonyms(Knowledge knowledge) {
    try (Analyzer words = new WordAnalyzer()) {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      readLayWords(words, builder);
      for (Symptom symptom : knowledge.symptoms().symptoms()) {
        addAll(words, builder, symptom.synonyms(), List.of(symptom.name()));
      }
      // Classes the monograph's own drug belongs to describe it too ("muscle relaxants"): mapping
      // another drug to them would match facts about baclofen itself, so only the other classes
      // are added.
      Set<String> ownClasses =
          knowledge
              .drugs()
              .byName(knowledge.name())
              .map(Drug::classIds)
              .map(Set::copyOf)
              .orElse(Set.of());
      for (Drug drug : knowledge.drugs().drugs()) {
        List<String> names = new ArrayList<>(List.of(drug.name()));
        knowledge.drugs().classesOf(drug).stream()
            .filter(drugClass -> !ownClasses.contains(drugClass.id()))
            .forEach(drugClass -> names.add(drugClass.name()));
        addAll(words, builder, drug.brands(), names);
        addAll(words, builder, drug.synonyms(), names);
        addAll(words, builder, List.of(drug.name()), names);
      }
      for (Condition condition : knowledge.conditions().conditions()) {
        addAll(words, builder, condition.synonyms(), List.of(condition.name()));
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the Ask synonym map", e);
    }
  }

  /**
   * Reads {@code lay-words.txt}: lines {@code words, ... => names, ...}; {@code #} starts a
   * comment. Every word on the left maps to every name on the right, and is kept itself.
   */
  private static void readLayWords(Analyzer words, SynonymMap.Builder builder) throws IOException {
    try (BufferedReader lines = new BufferedReader(resource(LAY_WORDS))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String rule = line.strip();
        if (rule.isEmpty() || rule.startsWith("#")) {
          continue;
        }
        String[] sides = rule.split("=>", -1);
        if (sides.length != 2) {
          throw new IllegalStateException(
              LAY_WORDS + " line " + number + ": expected 'words => names', got '" + rule + "'");
        }
        addAll(words, builder, list(sides[0]), list(sides[1]), false);
      }
    }
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(word -> !word.isEmpty())
        .toList();
  }

  private static void addAll(
      Analyzer analyzer, SynonymMap.Builder builder, List<String> inputs, List<String> outputs)
      throws IOException {
    addAll(analyzer, builder, inputs, outputs, true);
  }

  /**
   * Maps every input to every output. A lay phrase of several words ("too much", "come off")
   * replaces its words when {@code keepPhrases} is false: they mean the whole, not each word.
   */
  private static void addAll(
      Analyzer analyzer,
      SynonymMap.Builder builder,
      List<String> inputs,
      List<String> outputs,
      boolean keepPhrases)
      throws IOException {
    for (String output : outputs) {
      CharsRef name = words(analyzer, output);
      for (String input : inputs) {
        CharsRef typed = words(analyzer, input);
        if (typed.length > 0 && name.length > 0 && !typed.equals(name)) {
          boolean phrase = typed.toString().indexOf(SynonymMap.WORD_SEPARATOR) >= 0;
          builder.add(typed, name, keepPhrases || !phrase);
        }
      }
    }
  }

  /**
   * The words of {@code text} as the synonym map stores them: analysed, joined by its separator.
   */
  static CharsRef words(Analyzer analyzer, String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("words", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    }
    return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
  }

  static Reader resource(String name) {
    InputStream stream = Vocabularies.class.getResourceAsStream(name);
    if (stream == null) {
      throw new IllegalStateException("resource " + name + " is missing from the search module");
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  /** Words as the synonym map matches them: split as the index splits, lower case, no stemming. */
  static final class WordAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream words = new EnglishPossessiveFilter(source);
      return new TokenStreamComponents(source, new LowerCaseFilter(words));
    }
  }
}
