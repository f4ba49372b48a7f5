package org.tonus.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICD-10-CM codes as the pack writes them: a code or category ("G35", "G20.A1") that matches itself
 * and its subcodes, or a range of categories ("K25-K28").
 */
final class Icd10Codes {
  private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
  private static final Pattern RANGE =
      Pattern.compile("(?<letter>[A-Z])(?<from>[0-9]{2})-(?<letter2>[A-Z])(?<to>[0-9]{2})");

  private Icd10Codes() {}

  /**
   * The lookup keys a pack entry stands for (dots removed); a range becomes its categories. Throws
   * IllegalArgumentException for text that is not an ICD-10-CM code, category or range.
   */
  static List<String> keys(String written) {
    String code = written.trim().toUpperCase(Locale.ROOT);
    if (CODE.matcher(code).matches()) {
      return List.of(code.replace(".", ""));
    }
    Matcher range = RANGE.matcher(code);
    if (range.matches() && range.group("letter").equals(range.group("letter2"))) {
      int from = Integer.parseInt(range.group("from"));
      int to = Integer.parseInt(range.group("to"));
      if (from <= to) {
        List<String> keys = new ArrayList<>();
        for (int category = from; category <= to; category++) {
          keys.add(range.group("letter") + String.format("%02d", category));
        }
        return keys;
      }
    }
    throw new IllegalArgumentException(
        "'" + written + "' is not an ICD-10-CM code, category or range");
  }

  /** The key of a code from a health record, or empty text when it cannot be a code. */
  static String normalize(String recordCode) {
    return recordCode.trim().toUpperCase(Locale.ROOT).replace(".", "");
  }
}
