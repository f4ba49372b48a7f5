package org.tonus.search;

/**
 * The number of single-letter edits (insert, delete, replace, or swap two neighbours) between two
 * words: the optimal string alignment distance, which counts "alchol" one edit from "alcohol" and
 * "pregancy" one edit from "pregnancy".
 */
final class EditDistance {
  private EditDistance() {}

  /** The distance between {@code a} and {@code b}, or {@code limit + 1} once it exceeds limit. */
  static int between(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] twoBack = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, twoBack[j - 2] + 1);
        }
        current[j] = best;
        rowMinimum = Math.min(rowMinimum, best);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] spare = twoBack;
      twoBack = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
