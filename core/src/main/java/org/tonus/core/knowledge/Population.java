package org.tonus.core.knowledge;

/** The group of people a fact is about. */
public enum Population implements Coded {
  ADULT,
  CHILD,
  ELDERLY
}
