package org.tonus.core.knowledge;

/** What kind of document a source is. */
public enum SourceKind implements Coded {
  SEED,
  LABEL,
  REGULATOR,
  COMPENDIUM,
  LITERATURE,
  CONSUMER,
  SECONDARY,
  TERMINOLOGY,
  EDITORIAL
}
