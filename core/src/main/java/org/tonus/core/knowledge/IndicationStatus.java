package org.tonus.core.knowledge;

/** How a use stands in a jurisdiction's labelling. */
public enum IndicationStatus implements Coded {
  LABELLED,
  LICENSED,
  OFF_LABEL,
  NOT_RECOMMENDED
}
