package org.tonus.core.sig;

/** What the sig says about food; {@link #NOT_STATED} when it says nothing. */
public enum FoodAdvice {
  WITH_FOOD("with food"),
  WITHOUT_FOOD("without food"),
  EITHER("with or without food"),
  NOT_STATED("");

  private final String words;

  FoodAdvice(String words) {
    this.words = words;
  }

  /** The canonical words the printer writes; empty for {@link #NOT_STATED}. */
  public String words() {
    return words;
  }
}
