package org.tonus.core.sig;

import java.math.BigDecimal;

/**
 * First stage: splits a sig into words, numbers and symbols in one pass, with no regular
 * expression. Letters and digits part ("10mg" is 10 and mg, "q8h" is q, 8 and h). Dots inside an
 * abbreviation join it ("b.i.d." is one word, read as "bid"), an apostrophe between letters stays
 * in the word ("Parkinson's"). A number may carry a decimal part, thousands groups ("10,000"), a
 * fraction written without spaces ("1/2") or a vulgar fraction ("1½", "½").
 */
final class Tokenizer {
  /** Which ASCII characters are white space, by the same test as for any other character. */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  private Tokenizer() {}

  /**
   * Splits {@code text}; each word and symbol gets its id in {@code words}, looked up while it is
   * scanned (null while the lexicon itself is being built).
   */
  static Tokens tokenize(String text, WordTable words) {
    int length = text.length();
    Tokens tokens = new Tokens(length / 4 + 4);
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (isDigit(c) || (c == '.' && startsBareDecimal(text, i))) {
        i = number(text, i, tokens);
      } else if (isLetter(c)) {
        i = word(text, i, tokens, words);
      } else if (vulgarDenominator(c) > 0) {
        tokens.addNumber(
            i,
            i + 1,
            new Numeral(BigDecimal.valueOf(vulgarNumerator(c)), vulgarDenominator(c), true));
        i++;
      } else {
        int width = Character.isHighSurrogate(c) && i + 1 < length ? 2 : 1;
        int id =
            words == null || c == '.'
                ? WordTable.UNKNOWN
                : words.find(text, i, i + width, WordTable.hash(text, i, i + width));
        tokens.add(Tokens.SYMBOL, i, i + width, id);
        i += width;
      }
    }
    return tokens;
  }

  /** A letter; ASCII is tested first because nearly every sig is ASCII. */
  static boolean isLetter(char c) {
    char lower = (char) (c | 0x20);
    return (lower >= 'a' && lower <= 'z') || (c >= 128 && Character.isLetter(c));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ".5" after a space or at the start; after a letter the dot is punctuation ("q.8.h."). */
  private static boolean startsBareDecimal(String text, int i) {
    if (text.charAt(i) != '.' || i + 1 >= text.length() || !isDigit(text.charAt(i + 1))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return !Character.isLetterOrDigit(before) && before != '.';
  }

  private static int number(String text, int start, Tokens tokens) {
    int length = text.length();
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    int i = start;
    while (i < length && isDigit(text.charAt(i))) {
      unscaled = unscaled * 10 + (text.charAt(i++) - '0');
      digits++;
    }
    while (isThousandsGroup(text, i)) {
      for (int g = i + 1; g < i + 4; g++) {
        unscaled = unscaled * 10 + (text.charAt(g) - '0');
      }
      digits += 3;
      i += 4;
    }
    boolean decimal = false;
    if (i + 1 < length && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
      decimal = true;
      i++;
      while (i < length && isDigit(text.charAt(i))) {
        unscaled = unscaled * 10 + (text.charAt(i++) - '0');
        digits++;
        scale++;
      }
    }
    // Up to 18 digits fit a long exactly; longer numbers take the slower exact path.
    boolean fitsLong = digits <= 18;
    if (!decimal && i + 1 < length && text.charAt(i) == '/' && isDigit(text.charAt(i + 1))) {
      int denominatorStart = i + 1;
      int j = denominatorStart;
      while (j < length && isDigit(text.charAt(j))) {
        j++;
      }
      boolean decimalDenominator =
          j + 1 < length && text.charAt(j) == '.' && isDigit(text.charAt(j + 1));
      if (!decimalDenominator && j - denominatorStart <= 6) {
        int denominator = 0;
        for (int d = denominatorStart; d < j; d++) {
          denominator = denominator * 10 + (text.charAt(d) - '0');
        }
        BigDecimal numerator = fitsLong ? BigDecimal.valueOf(unscaled) : longNumber(text, start, i);
        tokens.addNumber(start, j, new Numeral(numerator, denominator, true));
        return j;
      }
    }
    if (!decimal && i < length && vulgarDenominator(text.charAt(i)) > 0) {
      char fraction = text.charAt(i);
      int denominator = vulgarDenominator(fraction);
      BigDecimal whole = fitsLong ? BigDecimal.valueOf(unscaled) : longNumber(text, start, i);
      BigDecimal numerator =
          whole
              .multiply(BigDecimal.valueOf(denominator))
              .add(BigDecimal.valueOf(vulgarNumerator(fraction)));
      tokens.addNumber(start, i + 1, new Numeral(numerator, denominator, true));
      return i + 1;
    }
    Numeral value =
        fitsLong && scale == 0
            ? Numeral.whole(unscaled)
            : Numeral.of(
                fitsLong ? BigDecimal.valueOf(unscaled, scale) : longNumber(text, start, i));
    tokens.addNumber(start, i, value);
    return i;
  }

  private static BigDecimal longNumber(String text, int start, int end) {
    StringBuilder digits = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != ',') {
        digits.append(c);
      }
    }
    return new BigDecimal(digits.toString());
  }

  /** ",000" followed by no further digit: a thousands separator, not a list ("1,5" is not 1.5). */
  private static boolean isThousandsGroup(String text, int i) {
    int length = text.length();
    if (i + 3 >= length) {
      return false;
    }
    if (text.charAt(i) != ','
        || !isDigit(text.charAt(i + 1))
        || !isDigit(text.charAt(i + 2))
        || !isDigit(text.charAt(i + 3))) {
      return false;
    }
    return i + 4 == length || !isDigit(text.charAt(i + 4));
  }

  private static int word(String text, int start, Tokens tokens, WordTable words) {
    int length = text.length();
    int hash = WordTable.fold(text.charAt(start));
    int i = start + 1;
    while (i < length) {
      char c = text.charAt(i);
      int lower = c | 0x20;
      if (lower >= 'a' && lower <= 'z') {
        // ASCII letter, lower-cased as the word table folds it.
        hash = 31 * hash + lower;
        i++;
      } else if (c >= 128 && Character.isLetter(c)) {
        hash = 31 * hash + WordTable.fold(c);
        i++;
      } else if ((c == '.' || c == '\'' || c == '’')
          && i + 1 < length
          && isLetter(text.charAt(i + 1))) {
        // A dot inside an abbreviation is dropped; an apostrophe stays in the word.
        if (c != '.') {
          hash = 31 * hash + WordTable.fold(c);
        }
        hash = 31 * hash + WordTable.fold(text.charAt(i + 1));
        i += 2;
      } else {
        break;
      }
    }
    int id = words == null ? WordTable.UNKNOWN : words.find(text, start, i, hash);
    tokens.add(Tokens.WORD, start, i, id);
    return i;
  }

  private static int vulgarDenominator(char c) {
    return switch (c) {
      case '½' -> 2;
      case '¼', '¾' -> 4;
      case '⅓', '⅔' -> 3;
      case '⅛' -> 8;
      default -> 0;
    };
  }

  private static int vulgarNumerator(char c) {
    return switch (c) {
      case '¾' -> 3;
      case '⅔' -> 2;
      default -> 1;
    };
  }
}
