package org.tonus.core.sig;

import java.util.Arrays;

/**
 * Second stage: turns tokens into terms by longest match against the lexicon ("as needed", "Ozobax
 * DS", "d/c"), and joins numbers written in parts: "1 1/2" and "one and a half" are 3/2. A word
 * nothing matches becomes {@link TermKind#UNKNOWN}; the reader decides whether that is an unknown
 * drug or unreadable words.
 */
final class TermMatcher {
  private final Lexicon lexicon;

  TermMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Term[] match(String text, Tokens tokens) {
    int count = tokens.size();
    int[] ids = new int[count];
    for (int t = 0; t < count; t++) {
      ids[t] =
          tokens.kind(t) == Tokens.NUMBER || isDot(text, tokens, t)
              ? WordTable.UNKNOWN
              : lexicon.words().find(text, tokens.start(t), tokens.end(t));
    }
    Term[] terms = new Term[count];
    int size = 0;
    int t = 0;
    while (t < count) {
      if (tokens.kind(t) == Tokens.NUMBER) {
        Numeral numeral =
            new Numeral(tokens.numerator(t), tokens.denominator(t), tokens.denominator(t) != 1);
        size =
            addNumber(
                terms, size, new Term(TermKind.NUMBER, tokens.start(t), tokens.end(t), numeral));
        t++;
        continue;
      }
      int matchedEnd = -1;
      Keyword matched = null;
      PhraseTrie.Node node = lexicon.phrases().first(ids[t]);
      int next = t + 1;
      while (node != null) {
        if (node.keyword() != null) {
          matched = node.keyword();
          matchedEnd = next;
        }
        node = next < count && ids[next] != WordTable.UNKNOWN ? node.child(ids[next]) : null;
        next++;
      }
      if (matched == null) {
        TermKind kind = isDot(text, tokens, t) ? TermKind.PUNCT : TermKind.UNKNOWN;
        terms[size++] = new Term(kind, tokens.start(t), tokens.end(t), null);
        t++;
      } else {
        Term term =
            new Term(matched.kind(), tokens.start(t), tokens.end(matchedEnd - 1), matched.value());
        size = term.is(TermKind.NUMBER) ? addNumber(terms, size, term) : add(terms, size, term);
        t = matchedEnd;
      }
    }
    return size == count ? terms : Arrays.copyOf(terms, size);
  }

  private static int add(Term[] terms, int size, Term term) {
    terms[size] = term;
    return size + 1;
  }

  /** Adds a number, joining it to a whole number just before: "1 ½", "one and a half". */
  private static int addNumber(Term[] terms, int size, Term number) {
    Numeral part = number.numeral();
    if (part.isProperFraction()) {
      if (size >= 1 && isWholeNumber(terms[size - 1])) {
        Term whole = terms[size - 1];
        terms[size - 1] = joined(whole, number);
        return size;
      }
      if (size >= 2 && terms[size - 1].is(TermKind.AND) && isWholeNumber(terms[size - 2])) {
        terms[size - 2] = joined(terms[size - 2], number);
        return size - 1;
      }
    }
    terms[size] = number;
    return size + 1;
  }

  private static boolean isWholeNumber(Term term) {
    return term.is(TermKind.NUMBER) && term.numeral().isWhole();
  }

  private static Term joined(Term whole, Term fraction) {
    return new Term(
        TermKind.NUMBER, whole.start(), fraction.end(), whole.numeral().plus(fraction.numeral()));
  }

  private static boolean isDot(String text, Tokens tokens, int t) {
    return tokens.kind(t) == Tokens.SYMBOL && text.charAt(tokens.start(t)) == '.';
  }
}
