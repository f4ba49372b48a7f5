package org.tonus.search;

import java.util.List;
import java.util.Objects;

/**
 * What Ask says to a question: the answers best first, whether it is confident, and a message for
 * the reader. Invariant: a result that is not confident carries no answers, because a weak match
 * shown as an answer is worse than "ask your pharmacist"; a confident one carries at least one.
 */
public record AskResult(List<Answer> answers, boolean confident, String message) {

  static final String ANSWERED =
      "Answered from the Tonus baclofen monograph. Not medical advice: ask your pharmacist or"
          + " prescriber about your own treatment.";

  static final String NOT_KNOWN =
      "The monograph does not answer this clearly, so Tonus will not guess. Please ask a"
          + " pharmacist or the prescriber.";

  public AskResult {
    answers = List.copyOf(answers);
    Objects.requireNonNull(message, "message");
    if (confident && answers.isEmpty()) {
      throw new IllegalArgumentException("a confident result needs at least one answer");
    }
    if (!confident && !answers.isEmpty()) {
      throw new IllegalArgumentException("a result that is not confident must not carry answers");
    }
  }

  static AskResult answered(List<Answer> answers) {
    return new AskResult(answers, true, ANSWERED);
  }

  static AskResult notKnown() {
    return new AskResult(List.of(), false, NOT_KNOWN);
  }
}
