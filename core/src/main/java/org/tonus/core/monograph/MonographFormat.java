package org.tonus.core.monograph;

import java.util.function.Function;

/** The formats the monograph is written in. */
public enum MonographFormat {
  TEXT(m -> new TextMonograph().write(m)),
  MARKDOWN(m -> new MarkdownMonograph().write(m)),
  HTML(m -> new HtmlMonograph().write(m));

  private final Function<Monograph, String> writer;

  MonographFormat(Function<Monograph, String> writer) {
    this.writer = writer;
  }

  public String write(Monograph monograph) {
    return writer.apply(monograph);
  }
}
