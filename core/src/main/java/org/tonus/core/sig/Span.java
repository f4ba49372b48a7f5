package org.tonus.core.sig;

/** Terms {@code from} to {@code to} (exclusive) of the sig being read. */
record Span(int from, int to) {
  /** Spans shared by {@link #of}: starting below this term... */
  private static final int SHARED_FROM = 48;

  /** ...and this many terms long or shorter. */
  private static final int SHARED_LENGTH = 4;

  /** The short spans near the start of a sig, where nearly every span lies; made once. */
  private static final Span[][] SHARED = new Span[SHARED_FROM][SHARED_LENGTH];

  static {
    for (int from = 0; from < SHARED_FROM; from++) {
      for (int length = 1; length <= SHARED_LENGTH; length++) {
        SHARED[from][length - 1] = new Span(from, from + length);
      }
    }
  }

  /**
   * The span {@code from}-{@code to}: a shared instance when short and early, so reading a sig
   * allocates few spans. Spans are immutable values, compared with equals.
   */
  static Span of(int from, int to) {
    int length = to - from;
    return from >= 0 && from < SHARED_FROM && length >= 1 && length <= SHARED_LENGTH
        ? SHARED[from][length - 1]
        : new Span(from, to);
  }
}
