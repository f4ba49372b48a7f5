package org.tonus.core.knowledge;

/** Code systems used to identify baclofen. */
public enum CodeSystem implements Coded {
  RXNORM,
  ATC
}
