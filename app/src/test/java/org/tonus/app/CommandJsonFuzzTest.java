package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tonus.app.IntrathecalCommandsTest.withStdin;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.tonus.app.CommandLineTest.Run;

/**
 * Fuzzes the JSON requests of {@code tonus pump} and {@code tonus plan titrate} through the whole
 * command line, rendering included: any text ends in exit 0 or 1 with an answer, or exit 2 with a
 * one-line error, never a stack trace. Plain JUnit replays {@code CommandJsonFuzzTestInputs}.
 */
class CommandJsonFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void pumpRefillOnlyRefusesWithBadInput(byte[] input) {
    assertAnsweredOrRefused(
        withStdin(new String(input, StandardCharsets.UTF_8), "pump", "--json", "-"));
  }

  @FuzzTest(maxDuration = "5m")
  void planTitrateOnlyRefusesWithBadInput(byte[] input) {
    assertAnsweredOrRefused(
        withStdin(
            new String(input, StandardCharsets.UTF_8),
            "plan",
            "titrate",
            "--json",
            "-",
            "--format",
            "json"));
  }

  private static void assertAnsweredOrRefused(Run run) {
    // picocli prints an exception the command did not handle as a stack trace and exits 1.
    assertThat(run.err()).as("stderr").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.exitCode()).as(run.err()).isBetween(0, 2);
    if (run.exitCode() == 2) {
      assertThat(run.err()).matches("(?s)tonus \\S+: \\S.*");
    } else {
      assertThat(run.out()).as(run.err()).isNotBlank();
    }
  }
}
