package org.tonus.fhir.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;
import org.tonus.core.alert.AlertCode;

class CardSummaryTest {
  @Property(tries = 500)
  void everySummaryIsShorterThan140Characters(
      @ForAll AlertCode code, @ForAll @NotBlank @StringLength(max = 2000) String message) {
    String summary = CardWriter.summary(CardWriter.title(code), message);

    assertThat(summary).isNotBlank().hasSizeLessThan(140);
  }

  @Property(tries = 200)
  void aShortFirstSentenceIsKeptWhole(@ForAll AlertCode code) {
    String summary =
        CardWriter.summary(CardWriter.title(code), "The dose is too high. More words follow here.");

    assertThat(summary).endsWith(": The dose is too high.");
  }

  @Property(tries = 1000)
  void theFirstSentenceIsWhatTheRegularExpressionKeptFirst(
      @ForAll @StringLength(max = 200) @CharRange(from = '\t', to = '?') String message) {
    assertThat(CardWriter.firstSentence(message))
        .isEqualTo(Pattern.compile("(?<=[.;:])\\s").split(message, 2)[0]);
  }

  @Property(tries = 500)
  void cardIdsAreTheNameBasedUuidsTheyWere(@ForAll @StringLength(max = 300) String key) {
    byte[] name = key.getBytes(StandardCharsets.UTF_8);

    assertThat(CardWriter.nameUuid(name)).isEqualTo(UUID.nameUUIDFromBytes(name));
  }
}
