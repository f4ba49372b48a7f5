package org.tonus.core.triage;

/**
 * One word of a person's text, lower-cased and without apostrophes ("can't" becomes "cant"), where
 * it stands in the original text ({@code start} inclusive, {@code end} exclusive), and whether
 * punctuation stood before it (a clause break that ends a negation's reach).
 */
record Word(String text, boolean breakBefore, int start, int end) {}
