package org.tonus.core.sig;

import org.tonus.core.quantity.Unit;

/**
 * One word, phrase, number or symbol of a sig as the lexicon read it, with its character span in
 * the text. {@code value} carries what the kind says it carries (see {@link TermKind}); the typed
 * accessors cast to it.
 */
record Term(TermKind kind, int start, int end, Object value) {

  Numeral numeral() {
    return (Numeral) value;
  }

  Unit unit() {
    return (Unit) value;
  }

  DoseForm form() {
    return (DoseForm) value;
  }

  AdministrationRoute route() {
    return (AdministrationRoute) value;
  }

  Frequency frequency() {
    return (Frequency) value;
  }

  int times() {
    return (Integer) value;
  }

  OrderVerb verb() {
    return (OrderVerb) value;
  }

  FoodAdvice food() {
    return (FoodAdvice) value;
  }

  DrugName drug() {
    return (DrugName) value;
  }

  String message() {
    return (String) value;
  }

  boolean is(TermKind wanted) {
    return kind == wanted;
  }
}
