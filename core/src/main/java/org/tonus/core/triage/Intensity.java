package org.tonus.core.triage;

/**
 * How the person describes a symptom, in rising order: mild or passing, plainly, lasting or getting
 * worse, severe.
 */
enum Intensity {
  MILD,
  PLAIN,
  LASTING,
  SEVERE
}
