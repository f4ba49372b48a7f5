package org.tonus.core.sig;

/**
 * Splits a sig into steps at "then" ("5 mg tid x 3 days, then 10 mg tid") and reads each step. A
 * "then" with nothing before or after it, and anything after a stop step, is refused.
 */
final class SigReader {
  private SigReader() {}

  /** The drafts of the sig, or null after recording a refusal in {@code r}. */
  static SigDraft read(Reading r) {
    SigDraft sig = new SigDraft();
    int size = r.size();
    int from = 0;
    int number = 1;
    for (int i = 0; i <= size; i++) {
      if (i < size && r.kind(i) != TermKind.THEN) {
        continue;
      }
      if (i < size && isBlank(r, from, i)) {
        r.fail("nothing before '" + r.written(i, i + 1) + "'", i, i + 1);
        return null;
      }
      if (i == size && number > 1 && isBlank(r, from, i)) {
        r.fail("nothing after '" + r.written(from - 1, from) + "'", from - 1, from);
        return null;
      }
      if (!sig.steps.isEmpty() && sig.steps.get(sig.steps.size() - 1).stop()) {
        Span stop = sig.steps.get(sig.steps.size() - 1).stopSpan;
        r.fail("nothing may follow '" + r.written(stop.from(), stop.to()) + "'", from - 1, size);
        return null;
      }
      StepDraft step = new StepDraft(number, Span.of(from, i));
      if (!StepReader.read(r, sig, step, from, i)) {
        return null;
      }
      sig.steps.add(step);
      number++;
      from = i + 1;
    }
    return sig;
  }

  /** True when terms {@code from} to {@code to} hold only punctuation and filler. */
  static boolean isBlank(Reading r, int from, int to) {
    for (int i = from; i < to; i++) {
      TermKind kind = r.kind(i);
      if (kind != TermKind.PUNCT && kind != TermKind.FILLER && kind != TermKind.AND) {
        return false;
      }
    }
    return true;
  }
}
