package org.tonus.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;

/**
 * One problem gives one alert: same code and subject merge, keeping the gravest and all sources.
 */
class AlertsTest {
  @Test
  void theSameProblemFoundTwiceIsReportedOnceAtItsGravest() {
    Alert warning =
        new Alert(
            AlertCode.CONTRAINDICATION,
            Severity.WARNING,
            "by condition",
            Map.of(Alerts.ABOUT, "x"),
            List.of("a"));
    Alert critical =
        new Alert(
            AlertCode.CONTRAINDICATION,
            Severity.CRITICAL,
            "by allergy",
            Map.of(Alerts.ABOUT, "x"),
            List.of("b"));
    List<Alert> merged = Alerts.merge(List.of(warning, critical));
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(merged.get(0).sources()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void differentSubjectsStaySeparateAndGravestComeFirst() {
    Alert info =
        new Alert(
            AlertCode.INTERACTION,
            Severity.INFO,
            "m",
            Map.of(Alerts.ABOUT, "metformin"),
            List.of("a"));
    Alert warning =
        new Alert(
            AlertCode.INTERACTION,
            Severity.WARNING,
            "o",
            Map.of(Alerts.ABOUT, "oxycodone"),
            List.of("a"));
    assertThat(Alerts.merge(List.of(info, warning)))
        .extracting(Alert::severity)
        .containsExactly(Severity.WARNING, Severity.INFO);
  }
}
