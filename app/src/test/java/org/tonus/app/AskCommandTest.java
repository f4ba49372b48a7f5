package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.CommandLineTest.tonus;
import static org.tonus.app.IntrathecalCommandsTest.withStdin;

import org.junit.jupiter.api.Test;
import org.tonus.app.CommandLineTest.Run;

/** {@code tonus ask} as a patient runs it: plain answers with sources, or "ask a pharmacist". */
class AskCommandTest {

  @Test
  void alcoholIsAnsweredFromTheInteractionsSectionWithSourcesByTitle() {
    Run run = tonus("ask", "can I drink alcohol on baclofen?");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Your question: can I drink alcohol on baclofen?")
        .contains("1. Interactions with other medicines and alcohol")
        .contains("Avoid alcohol")
        .contains("Sources: ")
        .contains("[seed-001]")
        .contains("Not medical advice.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aMissedDoseQuestionInJsonAnswersFromTheMissedDoseSection() {
    Run run = tonus("ask", "what if I miss a dose", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"section\" : \"missed-dose\"")
        .contains("\"confident\" : true")
        .contains("\"message\" : ")
        .contains("\"disclaimer\" : \"Not medical advice.");
    assertThat(run.out().indexOf("\"section\" : \"missed-dose\""))
        .isLessThan(run.out().indexOf("\"score\""));
  }

  @Test
  void aQuestionTheMonographDoesNotAnswerSendsThePatientToAPharmacist() {
    Run run = tonus("ask", "does baclofen cure cancer?", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"answers\" : [ ]")
        .contains("\"confident\" : false")
        .contains("Please ask a pharmacist or the prescriber.");
  }

  @Test
  void theJsonRequestCarriesTheQuestionAndTheJurisdiction() {
    Run run =
        withStdin(
            "{\"q\": \"can I drink alcohol on baclofen?\", \"jurisdiction\": \"UK\"}",
            "ask",
            "--json",
            "-",
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"section\" : \"interactions\"")
        .contains("\"confident\" : true");
  }

  @Test
  void aBlankQuestionIsBadInput() {
    Run run = tonus("ask", "   ");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("tonus ask: question is blank");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aQuestionOverFiveHundredCharactersIsBadInput() {
    Run run = tonus("ask", "alcohol ".repeat(63)); // 8 x 63 = 504 characters

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("504 characters").contains("at most 500");
  }

  @Test
  void noQuestionAtAllIsBadInputThatShowsHowToAsk() {
    Run missing = tonus("ask");
    Run unknownField = withStdin("{\"question\": \"alcohol?\"}", "ask", "--json", "-");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("the question is missing").contains("tonus ask \"");
    assertThat(unknownField.exitCode()).isEqualTo(2);
    assertThat(unknownField.err()).contains("question");
  }
}
