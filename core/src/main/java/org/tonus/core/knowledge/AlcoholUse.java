package org.tonus.core.knowledge;

/** How much alcohol a fact is about. */
public enum AlcoholUse implements Coded {
  REGULAR,
  ANY
}
