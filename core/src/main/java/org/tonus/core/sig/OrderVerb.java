package org.tonus.core.sig;

/**
 * What the order does to the current regimen, as clinicians write it at the head of a sig ("start",
 * "increase to", "D/C"). {@link #NEW} when the sig names no verb.
 */
public enum OrderVerb {
  NEW(""),
  START("start"),
  INCREASE("increase"),
  DECREASE("decrease"),
  CHANGE("change"),
  CONTINUE("continue"),
  REPLACE("replace with"),
  STOP("stop");

  private final String word;

  OrderVerb(String word) {
    this.word = word;
  }

  /** The canonical words the printer writes; empty for {@link #NEW}. */
  public String word() {
    return word;
  }

  /** True for the verbs written "increase X to …", where the drug sits between verb and dose. */
  boolean takesTo() {
    return this == INCREASE || this == DECREASE || this == CHANGE;
  }
}
