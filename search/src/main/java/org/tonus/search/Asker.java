package org.tonus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;

/**
 * Answers a patient's plain-language question from the monograph: the facts that best match it,
 * with their section and sources, or "I do not know" when the best match covers too little of the
 * question. Built once from the loaded knowledge (the index lives in memory); safe to share between
 * threads after construction.
 *
 * <p>Ranking is Lucene's BM25 over the fact text and its section title, then weighted by how much
 * of the question the fact covers (each concept of the question weighted by its rarity in the
 * monograph), so a fact that answers every part of the question beats one that repeats one word.
 */
public final class Asker {
  /** The longest question accepted, in characters. */
  public static final int MAX_QUESTION_LENGTH = 500;

  /** At least this share of the question (rarity-weighted) must be covered by the best fact. */
  static final double CONFIDENCE_THRESHOLD = 0.5;

  static final int MAX_ANSWERS = 3;
  private static final int CANDIDATES = 25;

  /** Further answers must score at least this share of the best one. */
  private static final double RELATIVE_SCORE = 0.5;

  private static final float TITLE_BOOST = 1.0f;

  /**
   * Facts cited only to the project's own policy describe what Tonus does, not what the sources say
   * about the medicine; a patient's question is answered from the latter first.
   */
  private static final double POLICY_WEIGHT = 0.6;

  private static final String POLICY_SOURCE = "tonus-policy";

  /** How much the whole section's match counts beside the fact's own (both scaled to 0..1). */
  private static final double SECTION_WEIGHT = 2.0;

  private static final float CORRECTION_BOOST = 0.7f;

  /** A concept's other matching terms add this share of their score to its best term's. */
  private static final float TIE_BREAKER = 0.1f;

  /**
   * A word the monograph never uses weighs as much as its rarest word: the question may be about
   * something the monograph does not cover ("cancer"), and then it must not be answered.
   */
  private static final double UNKNOWN_WORD_WEIGHT = 1.0;

  /** Words shorter than this are never taken for a misspelling: too many short words are close. */
  private static final int MIN_CORRECTED_LENGTH = 5;

  private final MonographIndex index;
  private final QuestionReader reader;

  public Asker(Knowledge knowledge) {
    Objects.requireNonNull(knowledge, "knowledge");
    this.index = new MonographIndex(knowledge);
    this.reader = new QuestionReader(new QuestionAnalyzer(Vocabularies.synonyms(knowledge)));
  }

  /**
   * The best passages of the monograph for {@code question} in {@code jurisdiction} (facts that
   * hold there or everywhere), best first, or a result that is not confident and has no answers.
   *
   * @throws IllegalArgumentException when the question is blank or longer than {@value
   *     #MAX_QUESTION_LENGTH} characters
   */
  public AskResult ask(String question, Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    validate(question);
    List<Candidate> ranked = rank(question, jurisdiction);
    if (ranked.isEmpty() || ranked.get(0).coverage() < CONFIDENCE_THRESHOLD) {
      return AskResult.notKnown();
    }
    double best = ranked.get(0).relevance();
    List<Answer> answers = new ArrayList<>();
    for (Candidate candidate : ranked) {
      if (answers.size() == MAX_ANSWERS
          || candidate.relevance() < best * RELATIVE_SCORE
          || candidate.coverage() < CONFIDENCE_THRESHOLD) {
        break;
      }
      Fact fact = candidate.fact();
      answers.add(
          new Answer(
              fact.sectionId(),
              index.sectionTitle(fact.sectionId()),
              fact.id(),
              fact.text(),
              fact.sources(),
              Math.round(candidate.relevance() * 1000) / 1000.0));
    }
    return AskResult.answered(answers);
  }

  static void validate(String question) {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException(
          "question is blank: ask in words, for example \"can I drink alcohol on baclofen?\"");
    }
    if (question.length() > MAX_QUESTION_LENGTH) {
      throw new IllegalArgumentException(
          "question is "
              + question.length()
              + " characters long; at most "
              + MAX_QUESTION_LENGTH
              + " are accepted");
    }
  }

  /** Every candidate fact, best first, with its relevance and coverage; empty if none matches. */
  List<Candidate> rank(String question, Jurisdiction jurisdiction) {
    List<Concept> concepts = concepts(question);
    if (concepts.isEmpty()) {
      return List.of();
    }
    Query query = query(concepts, Optional.of(jurisdiction));
    ScoreDoc[] hits = search(index.searcher(), query, CANDIDATES);
    if (hits.length == 0) {
      return List.of();
    }
    Map<String, Float> sectionScores = new HashMap<>();
    float bestSection = 0;
    for (ScoreDoc hit :
        search(index.sectionSearcher(), query(concepts, Optional.empty()), index.sectionCount())) {
      sectionScores.put(index.sectionId(hit.doc), hit.score);
      bestSection = Math.max(bestSection, hit.score);
    }
    float bestFact = hits[0].score;
    double totalWeight = concepts.stream().mapToDouble(Concept::weight).sum();
    List<Candidate> ranked = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      int ordinal = index.ordinal(hit.doc);
      Fact fact = index.facts().get(ordinal);
      double covered = 0;
      for (Concept concept : concepts) {
        if (matches(ordinal, concept)) {
          covered += concept.weight();
        }
      }
      double coverage = covered / totalWeight;
      double section = sectionScores.getOrDefault(fact.sectionId(), 0f) / bestSection;
      double relevance =
          coverage
              * (hit.score / bestFact + SECTION_WEIGHT * section)
              * (isPolicy(fact) ? POLICY_WEIGHT : 1);
      ranked.add(new Candidate(fact, relevance, coverage));
    }
    ranked.sort(Comparator.comparingDouble(Candidate::relevance).reversed());
    return List.copyOf(ranked);
  }

  private static ScoreDoc[] search(IndexSearcher searcher, Query query, int count) {
    try {
      return searcher.search(query, count).scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the in-memory index", e);
    }
  }

  /** The question's concepts, each with corrections for words the index lacks and its weight. */
  List<Concept> concepts(String question) {
    List<Concept> concepts = new ArrayList<>();
    for (Set<String> terms : reader.concepts(question)) {
      Set<String> corrections = new HashSet<>();
      int rarest = Integer.MAX_VALUE;
      for (String term : terms) {
        int frequency = index.documentFrequency(term);
        if (frequency > 0) {
          rarest = Math.min(rarest, frequency);
        } else {
          for (String correction : corrections(term)) {
            corrections.add(correction);
            rarest = Math.min(rarest, index.documentFrequency(correction));
          }
        }
      }
      double weight = rarest == Integer.MAX_VALUE ? UNKNOWN_WORD_WEIGHT * idf(0) : idf(rarest);
      concepts.add(new Concept(terms, corrections, weight));
    }
    return concepts;
  }

  /** The index terms closest to a word the index lacks, within one edit (two from 8 letters). */
  Set<String> corrections(String term) {
    if (term.length() < MIN_CORRECTED_LENGTH) {
      return Set.of();
    }
    int limit = term.length() >= 8 ? 2 : 1;
    Map<String, Integer> close = new LinkedHashMap<>();
    int nearest = limit + 1;
    for (String known : index.vocabulary()) {
      if (known.charAt(0) != term.charAt(0)) {
        continue;
      }
      int distance = EditDistance.between(term, known, limit);
      if (distance <= limit) {
        close.put(known, distance);
        nearest = Math.min(nearest, distance);
      }
    }
    int closest = nearest;
    Set<String> corrections = new HashSet<>();
    close.forEach(
        (known, distance) -> {
          if (distance == closest) {
            corrections.add(known);
          }
        });
    return corrections;
  }

  private static boolean isPolicy(Fact fact) {
    return fact.sources().stream().allMatch(POLICY_SOURCE::equals);
  }

  private double idf(int documentFrequency) {
    int facts = index.size();
    return Math.log(1 + (facts - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  private boolean matches(int ordinal, Concept concept) {
    for (String term : concept.terms()) {
      if (index.contains(ordinal, term)) {
        return true;
      }
    }
    for (String term : concept.corrections()) {
      if (index.contains(ordinal, term)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One clause per concept, scored by its best-matching term (a disjunction-max), so a concept with
   * many synonyms counts once, like a concept with one word.
   */
  private static Query query(List<Concept> concepts, Optional<Jurisdiction> jurisdiction) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Concept concept : concepts) {
      List<Query> alternatives = new ArrayList<>();
      concept.terms().forEach(term -> addTerm(alternatives, term, 1f));
      concept.corrections().forEach(term -> addTerm(alternatives, term, CORRECTION_BOOST));
      query.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), Occur.SHOULD);
    }
    query.setMinimumNumberShouldMatch(1);
    jurisdiction.ifPresent(
        chosen ->
            query.add(
                new BooleanQuery.Builder()
                    .add(
                        new TermQuery(new Term(MonographIndex.JURISDICTION, chosen.name())),
                        Occur.SHOULD)
                    .add(
                        new TermQuery(new Term(MonographIndex.JURISDICTION, MonographIndex.BOTH)),
                        Occur.SHOULD)
                    .build(),
                Occur.FILTER));
    return query.build();
  }

  private static void addTerm(List<Query> alternatives, String term, float boost) {
    alternatives.add(new BoostQuery(new TermQuery(new Term(MonographIndex.TEXT, term)), boost));
    alternatives.add(
        new BoostQuery(new TermQuery(new Term(MonographIndex.TITLE, term)), boost * TITLE_BOOST));
  }

  /** A fact as ranked for one question: BM25 times coverage, and the coverage alone (0 to 1). */
  record Candidate(Fact fact, double relevance, double coverage) {}
}
