package org.tonus.core.knowledge;

/**
 * How much a source can be relied on: label text (L), regulator or compendium (R), secondary (S),
 * consumer or seed page (C), terminology (T), editorial policy of this project (E).
 */
public enum Reliability implements Coded {
  L,
  R,
  S,
  C,
  T,
  E;

  @Override
  public String code() {
    return name();
  }
}
