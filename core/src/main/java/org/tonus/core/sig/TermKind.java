package org.tonus.core.sig;

/** What a word or phrase of a sig is, once the lexicon has looked it up. */
enum TermKind {
  /** A number; value is a {@link Numeral}. */
  NUMBER,
  /** A unit of amount or volume; value is a {@link org.tonus.core.quantity.Unit}. */
  UNIT,
  /** value is a {@link DoseForm}. */
  FORM,
  /** value is an {@link AdministrationRoute}. */
  ROUTE,
  /** A frequency word ("bid", "hs"); value is a {@link Frequency}. */
  FREQUENCY,
  /** "once", "twice", "thrice"; value is an Integer. */
  TIMES_WORD,
  /** "times", "time". */
  TIMES,
  /** "x" or "×": a count of times after a number, a duration before one. */
  X,
  /** "q" as in q8h. */
  Q,
  EVERY,
  HOUR,
  /** "hourly", as in "4-6 hourly". */
  HOURLY,
  DAY,
  WEEK,
  MONTH,
  /** "per", "a", "an", "each": the link in "twice a day". */
  PER,
  SLASH,
  /** A dash or "to" between the ends of a range. */
  DASH,
  TO,
  IN,
  AND,
  AS_NEEDED,
  /** "max", "not to exceed". */
  MAX,
  UP_TO,
  DOSES,
  FOR,
  THEN,
  STOP,
  /** value is an {@link OrderVerb}. */
  VERB,
  /** value is a {@link FoodAdvice}. */
  FOOD,
  /** value is a {@link DrugName}. */
  DRUG,
  DIVIDED,
  CONTINUOUS,
  /** "bolus", "test dose", "stat": a single administration. */
  BOLUS,
  /** "kg", as in mg/kg: weight-based doses are not read. */
  KG,
  /** Words read and deliberately ignored ("take", "of", "sig"). */
  FILLER,
  /** Punctuation that separates nothing the reader needs. */
  PUNCT,
  /** A word the parser refuses with a set message; value is the message with %s for the words. */
  REFUSE,
  /** A word or symbol the lexicon does not know. */
  UNKNOWN
}
