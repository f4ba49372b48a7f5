package org.tonus.core.triage;

import java.util.ArrayList;
import java.util.List;
import org.tonus.core.knowledge.Fact;

/**
 * Grades one symptom from the facts (POL-08 as the pack states it): listed only for urgent care, it
 * is a red flag; listed both for urgent care and for the prescriber (SEEK-02-A and SEEK-09 on
 * sleepiness), severe words send it to urgent care, lasting words to the prescriber, and otherwise
 * a common side effect is expected; a common side effect not listed for urgent care is expected
 * unless severe or lasting; anything else means the prescriber.
 */
final class SymptomGrader {
  private SymptomGrader() {}

  static Graded grade(Mention mention, SymptomFacts facts) {
    String id = mention.symptom().id();
    List<Fact> now = facts.seekNow(id);
    List<Fact> contact = facts.contact(id);
    List<Fact> common = facts.common(id);
    Intensity intensity = mention.intensity();
    boolean strong = intensity == Intensity.SEVERE || intensity == Intensity.LASTING;
    if (!now.isEmpty() && contact.isEmpty()) {
      return new Graded(mention, TriageOutcome.SEEK_CARE_NOW, now);
    }
    if (!now.isEmpty()) {
      if (intensity == Intensity.SEVERE) {
        return new Graded(mention, TriageOutcome.SEEK_CARE_NOW, now);
      }
      if (!strong && !common.isEmpty()) {
        return new Graded(mention, TriageOutcome.EXPECTED_MILD, join(common, contact));
      }
      return new Graded(mention, TriageOutcome.CONTACT_PRESCRIBER, contact);
    }
    if (!common.isEmpty()) {
      return strong
          ? new Graded(mention, TriageOutcome.CONTACT_PRESCRIBER, join(contact, common))
          : new Graded(mention, TriageOutcome.EXPECTED_MILD, join(common, contact));
    }
    return new Graded(mention, TriageOutcome.CONTACT_PRESCRIBER, contact);
  }

  private static List<Fact> join(List<Fact> a, List<Fact> b) {
    List<Fact> all = new ArrayList<>(a);
    b.stream().filter(f -> !all.contains(f)).forEach(all::add);
    return all;
  }
}
