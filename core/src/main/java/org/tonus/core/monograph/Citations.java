package org.tonus.core.monograph;

import org.tonus.core.knowledge.Source;

/** Small wording shared by the writers: how a source and a date read. */
final class Citations {
  private Citations() {}

  /** "Title. Publisher, 2023-02." with "undated" where the source gives no date. */
  static String describe(Source source) {
    String date = source.date().map(Object::toString).orElse("undated");
    String where = source.seedFile().map(f -> " Seed page " + f + ".").orElse("");
    return source.title() + ". " + source.publisher() + ", " + date + "." + where;
  }

  static String heading(Monograph monograph) {
    return "Baclofen monograph (" + monograph.jurisdiction().code() + ")";
  }
}
