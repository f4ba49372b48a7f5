package org.tonus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Section;

/**
 * The monograph's facts in an in-memory Lucene index, one document per fact: its text and its
 * section title (English analysis), its jurisdiction ({@code US}, {@code UK} or {@code both}) and
 * its position in {@link #facts()}; and a second index with one document per section. Beside the
 * index it keeps each fact's analysed terms and each term's document frequency, which the
 * confidence measure and the typo matching read. Immutable after construction; the searcher is safe
 * to share between threads.
 */
final class MonographIndex {
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String JURISDICTION = "jurisdiction";
  static final String BOTH = "both";
  static final String ORDINAL = "ordinal";
  private static final float SECTION_LENGTH_NORMALISATION = 0.3f;

  private final List<Fact> facts;
  private final Map<String, String> sectionTitles;
  private final List<Set<String>> termsByFact;
  private final Map<String, Integer> documentFrequency;
  private final IndexSearcher searcher;
  private final IndexSearcher sectionSearcher;
  private final List<String> sectionIds;

  MonographIndex(Knowledge knowledge) {
    List<Fact> indexed = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    List<Set<String>> terms = new ArrayList<>();
    Map<String, Integer> frequency = new HashMap<>();
    Directory directory = new ByteBuffersDirectory();
    try (Analyzer english = new EnglishAnalyzer();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(english))) {
      for (Section section : knowledge.sections()) {
        titles.put(section.id(), section.title());
        for (Fact fact : section.facts()) {
          Document document = new Document();
          document.add(new TextField(TEXT, fact.text(), Field.Store.NO));
          document.add(new TextField(TITLE, section.title(), Field.Store.NO));
          document.add(
              new StringField(
                  JURISDICTION,
                  fact.scope().jurisdiction().map(Enum::name).orElse(BOTH),
                  Field.Store.NO));
          document.add(new StoredField(ORDINAL, indexed.size()));
          writer.addDocument(document);
          Set<String> factTerms = analyse(english, fact.text() + " " + section.title());
          factTerms.forEach(term -> frequency.merge(term, 1, Integer::sum));
          terms.add(Set.copyOf(factTerms));
          indexed.add(fact);
        }
      }
      writer.commit();
      this.searcher = new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory monograph index", e);
    }
    Directory sectionDirectory = new ByteBuffersDirectory();
    List<String> sections = new ArrayList<>();
    try (Analyzer english = new EnglishAnalyzer();
        IndexWriter writer = new IndexWriter(sectionDirectory, new IndexWriterConfig(english))) {
      for (Section section : knowledge.sections()) {
        Document document = new Document();
        StringBuilder text = new StringBuilder();
        section.facts().forEach(fact -> text.append(fact.text()).append('\n'));
        document.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        document.add(new TextField(TITLE, section.title(), Field.Store.NO));
        document.add(new StoredField(ORDINAL, sections.size()));
        writer.addDocument(document);
        sections.add(section.id());
      }
      writer.commit();
      this.sectionSearcher = new IndexSearcher(DirectoryReader.open(sectionDirectory));
      // Sections differ tenfold in length; full length normalisation would bury the long ones.
      this.sectionSearcher.setSimilarity(new BM25Similarity(1.2f, SECTION_LENGTH_NORMALISATION));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory section index", e);
    }
    this.sectionIds = List.copyOf(sections);
    this.facts = List.copyOf(indexed);
    this.sectionTitles = Map.copyOf(titles);
    this.termsByFact = List.copyOf(terms);
    this.documentFrequency = Map.copyOf(frequency);
  }

  /** The distinct terms {@code analyzer} makes of {@code text}, in order of first appearance. */
  static Set<String> analyse(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text in memory", e);
    }
    return terms;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** One document per section: its title and all its facts' text, whatever the jurisdiction. */
  IndexSearcher sectionSearcher() {
    return sectionSearcher;
  }

  /** The section of a document of {@link #sectionSearcher()}. */
  String sectionId(int documentId) {
    return sectionIds.get(ordinal(sectionSearcher, documentId));
  }

  int sectionCount() {
    return sectionIds.size();
  }

  List<Fact> facts() {
    return facts;
  }

  int ordinal(int documentId) {
    return ordinal(searcher, documentId);
  }

  private static int ordinal(IndexSearcher searcher, int documentId) {
    try {
      return searcher
          .storedFields()
          .document(documentId)
          .getField(ORDINAL)
          .numericValue()
          .intValue();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + documentId + " in memory", e);
    }
  }

  String sectionTitle(String sectionId) {
    return sectionTitles.getOrDefault(sectionId, sectionId);
  }

  boolean contains(int ordinal, String term) {
    return termsByFact.get(ordinal).contains(term);
  }

  /** How many facts (text or section title) contain {@code term}; 0 for a word the index lacks. */
  int documentFrequency(String term) {
    return documentFrequency.getOrDefault(term, 0);
  }

  Set<String> vocabulary() {
    return documentFrequency.keySet();
  }

  int size() {
    return facts.size();
  }
}
