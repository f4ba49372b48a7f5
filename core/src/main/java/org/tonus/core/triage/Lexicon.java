package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Symptom;

/**
 * Every phrase of the symptom vocabulary, and every word triage knows (vocabulary words and the
 * grammar of {@link Language}). A known word is never "corrected" into another word, so "sleep" is
 * never read as a misspelt "sleepy".
 */
final class Lexicon {
  private final List<Phrase> phrases;
  private final Set<String> known;

  Lexicon(Knowledge knowledge) {
    List<Phrase> all = new ArrayList<>();
    for (Symptom symptom : knowledge.symptoms().symptoms()) {
      all.add(new Phrase(symptom, Tokenizer.texts(symptom.name())));
      for (String synonym : symptom.synonyms()) {
        all.add(new Phrase(symptom, Tokenizer.texts(synonym)));
      }
    }
    all.sort(
        Comparator.comparing((Phrase p) -> p.symptom().id())
            .thenComparing(p -> String.join(" ", p.words())));
    this.phrases = List.copyOf(all);
    Set<String> words = new HashSet<>();
    all.forEach(p -> words.addAll(p.words()));
    words.addAll(Language.NEGATIONS);
    words.addAll(Language.SCOPE_ENDS);
    words.addAll(Language.CLAUSE_JOINS);
    words.addAll(Language.MILD);
    words.addAll(Language.SEVERE);
    words.addAll(Language.LASTING);
    words.addAll(Language.FILLERS);
    words.addAll(Language.STOP_WORDS);
    this.known = Set.copyOf(words);
  }

  List<Phrase> phrases() {
    return phrases;
  }

  /** The phrases whose first word the written word matches, exactly or as a misspelling. */
  List<Phrase> startingWith(String written) {
    return phrases.stream().filter(p -> edits(written, p.words().get(0)) >= 0).toList();
  }

  /**
   * The edits that turn the written word into the vocabulary word, or -1 when they are not the same
   * word: equal words match; a misspelling is forgiven only in an unknown word, one edit from 5
   * letters and two from 8 (both words that long), never in a negation.
   */
  int edits(String written, String vocabulary) {
    if (written.equals(vocabulary)) {
      return 0;
    }
    if (Language.NEGATIONS.contains(written)
        || Language.NEGATIONS.contains(vocabulary)
        || known.contains(written)
        || !written.chars().allMatch(Character::isLetter)) {
      return -1;
    }
    int shorter = Math.min(written.length(), vocabulary.length());
    if (shorter < 5) {
      return -1;
    }
    int limit = shorter >= 8 ? 2 : 1;
    int distance = EditDistance.between(written, vocabulary, limit);
    return distance <= limit ? distance : -1;
  }
}
