package org.tonus.search;

import java.util.Set;

/**
 * One thing a question asks about: the analysed terms of one span of the question, the words as
 * typed together with the words the synonym map put in their place, and the index terms a misspelt
 * word was taken for. Matching any of them matches the concept.
 */
record Concept(Set<String> terms, Set<String> corrections, double weight) {
  Concept {
    terms = Set.copyOf(terms);
    corrections = Set.copyOf(corrections);
    if (!(weight > 0)) {
      throw new IllegalArgumentException("concept " + terms + " has weight " + weight);
    }
  }
}
