package org.tonus.core.monograph;

import java.util.List;
import java.util.stream.Collectors;
import org.tonus.core.knowledge.Conflict;
import org.tonus.core.knowledge.ConflictPosition;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Source;

/** A standalone HTML page; every piece of pack text is escaped. */
final class HtmlMonograph {

  String write(Monograph monograph) {
    StringBuilder out = new StringBuilder();
    String heading = escape(Citations.heading(monograph));
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(heading)
        .append("</title>\n")
        .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;")
        .append("padding:1rem;line-height:1.5}.cite{font-size:.85em}.note{color:#555}")
        .append(".disclaimer{border-left:4px solid #b35900;padding-left:.75rem}</style>\n")
        .append("</head>\n<body>\n<main>\n<h1>")
        .append(heading)
        .append("</h1>\n<p class=\"disclaimer\">")
        .append(escape(Monograph.DISCLAIMER))
        .append("</p>\n");
    for (Monograph.Part part : monograph.parts()) {
      out.append("<section id=\"").append(part.section().id()).append("\">\n<h2>");
      out.append(part.number())
          .append(". ")
          .append(escape(part.section().title()))
          .append("</h2>\n");
      out.append("<ul>\n");
      for (Fact fact : part.facts()) {
        out.append("<li id=\"").append(fact.id()).append("\">").append(escape(fact.text()));
        fact.note()
            .ifPresent(
                note ->
                    out.append(" <span class=\"note\">(").append(escape(note)).append(")</span>"));
        out.append(' ').append(cite(fact.sources())).append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    out.append("<section id=\"conflicts\">\n<h2>Where sources disagree</h2>\n");
    for (Conflict conflict : monograph.conflicts()) {
      out.append("<h3 id=\"").append(conflict.id()).append("\">").append(escape(conflict.topic()));
      out.append("</h3>\n<ul>\n");
      for (ConflictPosition position : conflict.positions()) {
        out.append("<li>").append(escape(position.claim())).append(' ');
        out.append(cite(position.sources())).append("</li>\n");
      }
      out.append("</ul>\n<p><strong>Resolution:</strong> ").append(escape(conflict.resolution()));
      out.append("</p>\n");
    }
    out.append("</section>\n<section id=\"sources\">\n<h2>Sources</h2>\n<ol>\n");
    for (Source source : monograph.sources()) {
      out.append("<li id=\"source-").append(source.id()).append("\"><strong>").append(source.id());
      out.append("</strong>: ").append(escape(Citations.describe(source)));
      for (String url : source.urls()) {
        if (url.startsWith("http")) {
          out.append(" <a href=\"")
              .append(escape(url))
              .append("\">")
              .append(escape(url))
              .append("</a>");
        } else {
          out.append(' ').append(escape(url));
        }
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n</section>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String cite(List<String> sources) {
    return sources.stream()
        .map(id -> "<a href=\"#source-" + id + "\">" + id + "</a>")
        .collect(Collectors.joining(", ", "<span class=\"cite\">[", "]</span>"));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
