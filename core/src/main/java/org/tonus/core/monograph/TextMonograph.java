package org.tonus.core.monograph;

import org.tonus.core.knowledge.Conflict;
import org.tonus.core.knowledge.ConflictPosition;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Source;

/** Plain text for a terminal: a line per fact with its source ids in brackets. */
final class TextMonograph {

  String write(Monograph monograph) {
    StringBuilder out = new StringBuilder();
    String heading = Citations.heading(monograph);
    out.append(heading).append('\n').append("=".repeat(heading.length())).append("\n\n");
    out.append(Monograph.DISCLAIMER).append("\n\n");
    for (Monograph.Part part : monograph.parts()) {
      out.append(part.number()).append(". ").append(part.section().title()).append('\n');
      if (part.facts().isEmpty()) {
        out.append("  (nothing specific to ").append(monograph.jurisdiction().code()).append(")\n");
      }
      for (Fact fact : part.facts()) {
        out.append("  - ").append(fact.text());
        fact.note().ifPresent(note -> out.append(" (").append(note).append(')'));
        out.append(" [").append(String.join(", ", fact.sources())).append("]\n");
      }
      out.append('\n');
    }
    out.append("Where sources disagree\n");
    for (Conflict conflict : monograph.conflicts()) {
      out.append("  * ").append(conflict.topic()).append(" (").append(conflict.id()).append(")\n");
      for (ConflictPosition position : conflict.positions()) {
        out.append("      - ")
            .append(position.claim())
            .append(" [")
            .append(String.join(", ", position.sources()))
            .append("]\n");
      }
      out.append("      Resolution: ").append(conflict.resolution()).append('\n');
    }
    out.append("\nSources\n");
    for (Source source : monograph.sources()) {
      out.append("  [").append(source.id()).append("] ").append(Citations.describe(source));
      for (String url : source.urls()) {
        out.append(' ').append(url);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
