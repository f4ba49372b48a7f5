package org.tonus.core.knowledge;

/** A yes or no that a source may leave open. */
public enum YesNoUnknown implements Coded {
  YES,
  NO,
  UNKNOWN
}
