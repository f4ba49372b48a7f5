package org.tonus.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a question into the concepts it asks about. The question is analysed like the index, with
 * synonyms; terms whose spans in the question overlap form one concept (a lay phrase and the name
 * it maps to), and the words of {@code question-words.txt}, which shape a question but name no
 * topic, are dropped.
 */
final class QuestionReader {
  static final String QUESTION_WORDS = "question-words.txt";

  private final Analyzer analyzer;
  private final Set<String> questionWords;

  QuestionReader(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.questionWords = questionWords();
  }

  /** The term sets of the question's concepts, in question order; empty if it names no topic. */
  List<Set<String>> concepts(String question) {
    List<Span> spans = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(MonographIndex.TEXT, question)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        spans.add(new Span(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a question in memory", e);
    }
    spans.sort(Comparator.comparingInt(Span::start));
    List<Set<String>> concepts = new ArrayList<>();
    Set<String> current = new LinkedHashSet<>();
    int currentEnd = -1;
    for (Span span : spans) {
      if (span.start() >= currentEnd) {
        addUnlessEmpty(concepts, current);
        current = new LinkedHashSet<>();
      }
      if (!questionWords.contains(span.term())) {
        current.add(span.term());
      }
      currentEnd = Math.max(currentEnd, span.end());
    }
    addUnlessEmpty(concepts, current);
    return concepts;
  }

  private static void addUnlessEmpty(List<Set<String>> concepts, Set<String> concept) {
    if (!concept.isEmpty() && !concepts.contains(concept)) {
      concepts.add(Set.copyOf(concept));
    }
  }

  private static Set<String> questionWords() {
    Set<String> words = new HashSet<>();
    try (Reader resource = Vocabularies.resource(QUESTION_WORDS);
        BufferedReader lines = new BufferedReader(resource);
        Analyzer english = new EnglishAnalyzer()) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.addAll(MonographIndex.analyse(english, word));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + QUESTION_WORDS, e);
    }
    return Set.copyOf(words);
  }

  private record Span(String term, int start, int end) {}
}
