package org.tonus.core.monograph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tonus.core.knowledge.Conflict;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Section;
import org.tonus.core.knowledge.Source;

/**
 * The monograph as one jurisdiction's reader sees it: every section with the facts that hold there,
 * every conflict between sources (all positions, whatever the jurisdiction, so the difference stays
 * visible), and the sources cited, in order of first citation.
 */
public record Monograph(
    String drug,
    Jurisdiction jurisdiction,
    List<Part> parts,
    List<Conflict> conflicts,
    List<Source> sources) {

  /** Shown at the top of every rendering. */
  public static final String DISCLAIMER =
      "Not medical advice. Tonus supports, and never replaces, the judgement of a clinician who"
          + " knows the patient.";

  /** One section as shown: its number, title and the facts that hold in the jurisdiction. */
  public record Part(int number, Section section, List<Fact> facts) {
    public Part {
      facts = List.copyOf(facts);
    }
  }

  public Monograph {
    parts = List.copyOf(parts);
    conflicts = List.copyOf(conflicts);
    sources = List.copyOf(sources);
  }

  public static Monograph of(Knowledge knowledge, Jurisdiction jurisdiction) {
    List<Part> parts = new ArrayList<>();
    Set<String> cited = new LinkedHashSet<>();
    int number = 1;
    for (Section section : knowledge.sections()) {
      List<Fact> facts = section.factsFor(jurisdiction);
      facts.forEach(f -> cited.addAll(f.sources()));
      parts.add(new Part(number++, section, facts));
    }
    List<Conflict> conflicts = knowledge.conflicts().toList();
    conflicts.forEach(c -> c.sources().forEach(cited::add));
    List<Source> sources = cited.stream().map(id -> knowledge.source(id).orElseThrow()).toList();
    return new Monograph(knowledge.name(), jurisdiction, parts, conflicts, sources);
  }
}
