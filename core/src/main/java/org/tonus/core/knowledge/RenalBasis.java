package org.tonus.core.knowledge;

/** What a renal dose suggestion rests on. */
public enum RenalBasis implements Coded {
  LABEL,
  NON_US_LABEL,
  LITERATURE
}
