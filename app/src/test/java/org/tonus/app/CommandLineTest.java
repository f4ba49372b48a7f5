package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code tonus} command as a user runs it: output, errors and exit codes. */
class CommandLineTest {

  record Run(int exitCode, String out, String err) {}

  static Run tonus(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = TonusCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommandsAndSaysItIsNotMedicalAdvice() {
    Run run = tonus("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("monograph").contains("Not medical advice");
  }

  @Test
  void versionPrintsTheBuiltVersion() {
    Run run = tonus("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().trim()).matches("tonus \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void theMonographDefaultsToUsTextWithCitations() {
    Run run = tonus("monograph");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Baclofen monograph (US)")
        .contains("80 mg a day")
        .contains("[us-tab-2")
        .contains("Where sources disagree")
        .contains("Sources");
  }

  @Test
  void jurisdictionAndFormatAreChosenInAnyCase() {
    Run run = tonus("monograph", "--jurisdiction", "uk", "--format", "HTML");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .contains("Baclofen monograph (UK)")
        .contains("100 mg a day");
  }

  @Test
  void anUnknownJurisdictionIsABadInputWithTheAcceptedValues() {
    Run run = tonus("monograph", "--jurisdiction", "FR");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--jurisdiction").contains("US, UK").contains("'FR'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBrokenReviewPackIsRefusedWithEveryProblemAndExitCodeTwo(@TempDir Path pack)
      throws IOException {
    Files.writeString(
        pack.resolve("pack.yaml"),
        "name: baclofen\nsources: sources.yaml\nsections: []\nvocabularies: {drugs: d.yaml, conditions: c.yaml, symptoms: s.yaml}\n");

    Run run = tonus("monograph", "--knowledge", pack.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("the knowledge pack does not load")
        .contains("knowledge/sources.yaml: file not found")
        .contains("knowledge/d.yaml: file not found")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void serveRefusesADurationWithoutAUnitOrOfNoTime() {
    Run noUnit = tonus("serve", "--port", "0", "--fhir-read-timeout", "10");
    Run none = tonus("serve", "--port", "0", "--cds-fetch-budget", "0s");

    assertThat(noUnit.exitCode()).isEqualTo(2);
    assertThat(noUnit.err())
        .contains("'10' is not a duration: write a whole number and ms, s or m");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("'0s' is no time at all");
  }

  @Test
  void serveRefusesAMissingCdsClientsFileBeforeListening() {
    Run run = tonus("serve", "--port", "0", "--cds-clients", "no-such-clients.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the CDS clients file no-such-clients.yaml does not exist");
    assertThat(run.out()).doesNotContain("listening");
  }
}
