package org.tonus.core.monograph;

import java.util.List;
import java.util.stream.Collectors;
import org.tonus.core.knowledge.Conflict;
import org.tonus.core.knowledge.ConflictPosition;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Source;

/** Markdown with each citation linked to its entry in the source list. */
final class MarkdownMonograph {

  String write(Monograph monograph) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Citations.heading(monograph)).append("\n\n");
    out.append("> ").append(Monograph.DISCLAIMER).append("\n\n");
    for (Monograph.Part part : monograph.parts()) {
      out.append("## ")
          .append(part.number())
          .append(". ")
          .append(escape(part.section().title()))
          .append("\n\n");
      if (part.facts().isEmpty()) {
        out.append("_Nothing specific to ").append(monograph.jurisdiction().code()).append("._\n");
      }
      for (Fact fact : part.facts()) {
        out.append("- ").append(escape(fact.text()));
        fact.note().ifPresent(note -> out.append(" _(").append(escape(note)).append(")_"));
        out.append(' ').append(cite(fact.sources())).append('\n');
      }
      out.append('\n');
    }
    out.append("## Where sources disagree\n\n");
    for (Conflict conflict : monograph.conflicts()) {
      out.append("### ").append(escape(conflict.topic())).append("\n\n");
      for (ConflictPosition position : conflict.positions()) {
        out.append("- ").append(escape(position.claim())).append(' ');
        out.append(cite(position.sources())).append('\n');
      }
      out.append("\n**Resolution:** ").append(escape(conflict.resolution())).append("\n\n");
    }
    out.append("## Sources\n\n");
    for (Source source : monograph.sources()) {
      out.append("- <a id=\"source-").append(source.id()).append("\"></a>**").append(source.id());
      out.append("**: ").append(escape(Citations.describe(source)));
      for (String url : source.urls()) {
        out.append(" <").append(url).append('>');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String cite(List<String> sources) {
    return sources.stream()
        .map(id -> "[" + id + "](#source-" + id + ")")
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
  }
}
