package org.tonus.core.knowledge;

/** A plain yes or no. */
public enum YesNo implements Coded {
  YES,
  NO
}
