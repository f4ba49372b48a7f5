package org.tonus.core.sig;

/** What a phrase of the lexicon means: the term kind it becomes and that kind's value. */
record Keyword(TermKind kind, Object value) {}
