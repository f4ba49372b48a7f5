package org.tonus.core.sig;

/** Terms {@code from} to {@code to} (exclusive) of the sig being read. */
record Span(int from, int to) {}
