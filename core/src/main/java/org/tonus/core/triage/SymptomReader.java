package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a person's words into symptom mentions: longest vocabulary phrase first (so "not hungry" is
 * a symptom, not a denial), then negation scope and intensity per clause. Words it cannot place are
 * listed, never guessed.
 */
final class SymptomReader {
  private static final int MAX_SKIPPED = 2;
  private final Lexicon lexicon;

  SymptomReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Reading read(String text) {
    List<Word> words = Tokenizer.words(text);
    List<Span> spans = spans(words);
    List<Mention> mentions = new ArrayList<>();
    Set<String> unrecognised = new LinkedHashSet<>();
    List<PendingMention> pending = new ArrayList<>();
    List<Intensity[]> clauses = new ArrayList<>(); // the strongest cue of each clause
    clauses.add(newClause());
    boolean negating = false;
    int spanIndex = 0;
    for (int i = 0; i < words.size(); ) {
      Word word = words.get(i);
      if (word.breakBefore() && i > 0) {
        negating = false;
        clauses.add(newClause());
      }
      Span span = spanIndex < spans.size() ? spans.get(spanIndex) : null;
      if (span != null && span.start() == i) {
        String matched = text.substring(word.start(), words.get(span.end() - 1).end());
        pending.add(new PendingMention(span.phrase(), matched, negating, clauses.size() - 1));
        spanIndex++;
        i = span.end();
        continue;
      }
      String w = word.text();
      Intensity[] clause = clauses.get(clauses.size() - 1);
      if (Language.SCOPE_ENDS.contains(w) || startsClause(words, i)) {
        negating = false;
        clauses.add(newClause());
      } else if (Language.NEGATIONS.contains(w)) {
        negating = true;
      } else if (Language.SEVERE.contains(w)) {
        clause[0] = strongest(clause[0], Intensity.SEVERE);
      } else if (Language.LASTING.contains(w)) {
        clause[0] = strongest(clause[0], Intensity.LASTING);
      } else if (Language.MILD.contains(w)) {
        // a mild word never softens what another word of the clause made stronger
        clause[0] = clause[0] == Intensity.PLAIN ? Intensity.MILD : clause[0];
      } else if (isContent(w)) {
        unrecognised.add(w);
      }
      i++;
    }
    for (PendingMention p : pending) {
      // the phrase's own words count too: "can't stay awake" is heavy sleepiness (SEEK-02-A)
      Intensity own = intensityOf(p.phrase());
      Intensity clause = clauses.get(p.clause())[0];
      Intensity intensity = own == Intensity.PLAIN ? clause : strongest(clause, own);
      mentions.add(new Mention(p.phrase().symptom(), p.matched(), p.negated(), intensity));
    }
    return new Reading(mentions, List.copyOf(unrecognised));
  }

  private static Intensity intensityOf(Phrase phrase) {
    Intensity intensity = Intensity.PLAIN;
    for (String word : phrase.words()) {
      if (Language.SEVERE.contains(word)) {
        intensity = strongest(intensity, Intensity.SEVERE);
      } else if (Language.LASTING.contains(word)) {
        intensity = strongest(intensity, Intensity.LASTING);
      }
    }
    return intensity;
  }

  private static Intensity[] newClause() {
    return new Intensity[] {Intensity.PLAIN};
  }

  private static Intensity strongest(Intensity a, Intensity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** "and" or "then" before a subject word ("and I", "and my legs") starts a new clause. */
  private static boolean startsClause(List<Word> words, int i) {
    return Language.CLAUSE_JOINS.contains(words.get(i).text())
        && i + 1 < words.size()
        && !words.get(i + 1).breakBefore()
        && Language.CLAUSE_STARTS.contains(words.get(i + 1).text());
  }

  private static boolean isContent(String word) {
    return !Language.STOP_WORDS.contains(word)
        && !Language.FILLERS.contains(word)
        && !Language.CLAUSE_JOINS.contains(word)
        && !word.chars().allMatch(Character::isDigit);
  }

  /** The phrase matches, left to right, each the longest (then closest) at its start. */
  private List<Span> spans(List<Word> words) {
    List<Span> spans = new ArrayList<>();
    Map<String, List<Phrase>> candidates = new HashMap<>(); // a word repeats: look it up once
    int i = 0;
    while (i < words.size()) {
      Optional<Span> best = Optional.empty();
      for (Phrase phrase : candidates.computeIfAbsent(words.get(i).text(), lexicon::startingWith)) {
        Optional<Span> found = match(phrase, words, i);
        if (found.isPresent() && (best.isEmpty() || found.get().betterThan(best.get()))) {
          best = found;
        }
      }
      if (best.isPresent()) {
        spans.add(best.get());
        i = best.get().end();
      } else {
        i++;
      }
    }
    return spans;
  }

  private Optional<Span> match(Phrase phrase, List<Word> words, int start) {
    int edits = lexicon.edits(words.get(start).text(), phrase.words().get(0));
    if (edits < 0) {
      return Optional.empty();
    }
    int next = start + 1;
    int matched = 1;
    boolean content = !Language.FILLERS.contains(phrase.words().get(0));
    for (String wanted : phrase.words().subList(1, phrase.words().size())) {
      int found = -1;
      int skipped = 0;
      for (int j = next; j < words.size() && !words.get(j).breakBefore(); j++) {
        int e = lexicon.edits(words.get(j).text(), wanted);
        if (e >= 0) {
          found = j;
          edits += e;
          break;
        }
        String between = words.get(j).text();
        if (skipped == MAX_SKIPPED
            || !Language.FILLERS.contains(between)
            || Language.NEGATIONS.contains(between)) {
          break;
        }
        skipped++;
      }
      if (found >= 0) {
        next = found + 1;
        matched++;
        content |= !Language.FILLERS.contains(wanted);
      } else if (!Language.FILLERS.contains(wanted)) {
        return Optional.empty();
      }
    }
    return content ? Optional.of(new Span(phrase, start, next, matched, edits)) : Optional.empty();
  }

  /** A phrase found over words [start, end). */
  private record Span(Phrase phrase, int start, int end, int matched, int edits) {
    boolean betterThan(Span other) {
      if (matched != other.matched) {
        return matched > other.matched;
      }
      if (edits != other.edits) {
        return edits < other.edits;
      }
      return end - start < other.end() - other.start();
    }
  }

  private record PendingMention(Phrase phrase, String matched, boolean negated, int clause) {}
}
