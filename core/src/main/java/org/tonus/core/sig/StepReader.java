package org.tonus.core.sig;

import static org.tonus.core.sig.Reading.FAILED;

/**
 * Third stage: reads the terms of one step, left to right, handing each part to the reader that
 * knows it. Every term must be read or deliberately skipped (filler, punctuation); anything else is
 * refused by name. Sig-level parts (verb, drug, indication, food) go to the {@link SigDraft}.
 */
final class StepReader {
  private StepReader() {}

  /** Reads terms {@code from} to {@code end}; false after recording a refusal. */
  static boolean read(Reading r, SigDraft sig, StepDraft step, int from, int end) {
    int i = leadingWords(r, step, from, end);
    while (i < end) {
      if (step.stop() && !isAllowedAfterStop(r.kind(i))) {
        r.fail(
            "nothing may follow '"
                + r.written(step.stopSpan.from(), step.stopSpan.to())
                + "' but the drug: '"
                + r.written(i, end)
                + "'",
            i,
            end);
        return false;
      }
      i = readOne(r, sig, step, i, end);
      if (i == FAILED) {
        return false;
      }
    }
    return true;
  }

  /** Words a later step may open with: "then increase to …" (ignored), "then stop". */
  private static int leadingWords(Reading r, StepDraft step, int from, int end) {
    int i = from;
    if (step.number > 1) {
      if (r.is(i, end, TermKind.VERB) && r.verb(i) != OrderVerb.REPLACE) {
        i++;
        if (r.is(i, end, TermKind.TO)) {
          i++;
        }
      } else if (r.is(i, end, TermKind.STOP)) {
        step.stopSpan = Span.of(i, i + 1);
        i++;
      }
    }
    return i;
  }

  private static boolean isAllowedAfterStop(TermKind kind) {
    return switch (kind) {
      case DRUG, FILLER, PUNCT, PER, AND -> true;
      default -> false;
    };
  }

  private static int readOne(Reading r, SigDraft sig, StepDraft step, int i, int end) {
    return switch (r.kind(i)) {
      case NUMBER -> AmountReader.read(r, step, i, end);
      case DASH -> dash(r, i, end);
      case UNIT -> r.fail("no amount before '" + r.written(i, i + 1) + "'", i, i + 1);
      case FORM -> step.form(r, r.form(i), Span.of(i, i + 1)) ? i + 1 : FAILED;
      case ROUTE -> step.route(r, r.route(i), Span.of(i, i + 1)) ? i + 1 : FAILED;
      case FREQUENCY -> FrequencyReader.word(r, step, i, end);
      case TIMES_WORD -> FrequencyReader.timesWord(r, step, i, end);
      case Q, EVERY -> FrequencyReader.everyOrQ(r, step, i, end);
      case AS_NEEDED -> {
        step.asNeeded = true;
        step.content = true;
        yield IndicationReader.afterAsNeeded(r, sig, i + 1, end);
      }
      case MAX, UP_TO -> LimitReader.read(r, step, i, end);
      case X -> DurationReader.x(r, step, i, end);
      case FOR -> DurationReader.forWhat(r, sig, step, i, end);
      case IN -> divisions(r, step, i, end);
      case DIVIDED -> divided(r, step, i, end);
      case CONTINUOUS -> {
        step.continuous = true;
        step.content = true;
        yield i + 1;
      }
      case BOLUS -> {
        step.once(Span.of(i, i + 1));
        yield i + 1;
      }
      case FOOD -> sig.food(r, r.food(i), Span.of(i, i + 1)) ? i + 1 : FAILED;
      case DRUG -> sig.drug(r, r.drug(i), Span.of(i, i + 1)) ? i + 1 : FAILED;
      case VERB -> verb(r, sig, step, i);
      case STOP -> stop(r, sig, step, i);
      case TO -> to(r, sig, step, i);
      case REFUSE -> r.fail(String.format(r.message(i), r.written(i, i + 1)), i, i + 1);
      case KG -> r.fail("weight-based doses are not read: '" + r.written(i, i + 1) + "'", i, i + 1);
      case FILLER, PUNCT, PER, DOSES, AND -> i + 1;
      case UNKNOWN -> unknown(r, sig, step, i, end);
      default -> r.cannotRead(i, i + 1);
    };
  }

  /** A dash is punctuation, except right before a number: "-5 mg" is a negative dose. */
  private static int dash(Reading r, int i, int end) {
    if (r.is(i + 1, end, TermKind.NUMBER) && r.end(i) == r.start(i + 1)) {
      boolean glued = i > 0 && r.end(i - 1) == r.start(i);
      if (!glued) {
        boolean unitAfter = r.is(i + 2, end, TermKind.UNIT) || r.is(i + 2, end, TermKind.FORM);
        return r.fail("dose must be greater than 0", i, unitAfter ? i + 3 : i + 2);
      }
    }
    return i + 1;
  }

  /** "in 3 divided doses", "in 3 doses". */
  private static int divisions(Reading r, StepDraft step, int i, int end) {
    int k = i + 1;
    if (r.is(k, end, TermKind.NUMBER)) {
      int m = k + 1;
      if (r.is(m, end, TermKind.DIVIDED)) {
        m++;
      }
      if (r.is(m, end, TermKind.DOSES)) {
        return setDivisions(r, step, k, i, m + 1);
      }
    }
    return r.cannotRead(i, i + 1);
  }

  /** "divided", "divided into 3 doses"; otherwise the frequency that follows says how many. */
  private static int divided(Reading r, StepDraft step, int i, int end) {
    step.divided = true;
    step.content = true;
    if (step.frequency != null && StepDraft.isPlainDaily(step.frequency)) {
      // "40 mg daily divided bid": "daily" was the period of the total, not a frequency.
      step.frequency = null;
      step.frequencySpan = null;
    }
    if (r.is(i + 1, end, TermKind.IN)
        && r.is(i + 2, end, TermKind.NUMBER)
        && r.is(i + 3, end, TermKind.DOSES)) {
      return setDivisions(r, step, i + 2, i, i + 4);
    }
    return i + 1;
  }

  private static int setDivisions(Reading r, StepDraft step, int number, int from, int to) {
    int parts = Numbers.whole(r, number);
    if (parts == FAILED) {
      return FAILED;
    }
    if (parts == 0) {
      return r.fail("the number of doses must be greater than 0", from, to);
    }
    step.divided = true;
    step.divisions = parts;
    step.divisionSpan = Span.of(from, to);
    step.content = true;
    return to;
  }

  /** The order verb: at the head of the sig, before or after the drug name. */
  private static int verb(Reading r, SigDraft sig, StepDraft step, int i) {
    if (step.number != 1 || step.content || sig.verbSpan != null) {
      return r.cannotRead(i, i + 1);
    }
    sig.verb = r.verb(i);
    sig.verbSpan = Span.of(i, i + 1);
    return i + 1;
  }

  /** "stop", "D/C" at the head of the sig: a stop order. */
  private static int stop(Reading r, SigDraft sig, StepDraft step, int i) {
    if (step.number != 1 || step.content || sig.verbSpan != null) {
      return r.cannotRead(i, i + 1);
    }
    if (sig.foodSpan != null || sig.indication != null) {
      Span said = sig.foodSpan != null ? sig.foodSpan : sig.indication;
      return r.fail(
          "a stop order takes no food advice or indication: '"
              + r.written(said.from(), said.to())
              + "'",
          said.from(),
          i + 1);
    }
    sig.verb = OrderVerb.STOP;
    sig.verbSpan = Span.of(i, i + 1);
    step.stopSpan = Span.of(i, i + 1);
    return i + 1;
  }

  /** "to" links a verb to its dose ("increase baclofen to 20 mg"); elsewhere it is unread. */
  private static int to(Reading r, SigDraft sig, StepDraft step, int i) {
    if (step.number == 1 && !step.content && sig.verbSpan != null) {
      return i + 1;
    }
    return r.cannotRead(i, i + 1);
  }

  /** Unknown words: in drug position an unknown drug, elsewhere unread words. */
  private static int unknown(Reading r, SigDraft sig, StepDraft step, int i, int end) {
    int j = i + 1;
    while (r.is(j, end, TermKind.UNKNOWN)) {
      j++;
    }
    if (sig.drug == null && step.number == 1 && !step.content) {
      return r.fail("unknown drug '" + r.written(i, j) + "'", i, j);
    }
    return r.cannotRead(i, j);
  }
}
