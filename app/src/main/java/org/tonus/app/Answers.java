package org.tonus.app;

import java.util.List;
import java.util.Locale;
import org.tonus.app.output.JsonOutput;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.Severity;
import org.tonus.core.monograph.Monograph;

/** What every computing command does last: write the answer and choose the exit code. */
final class Answers {
  static final int OK = 0;
  static final int CRITICAL = 1;

  private Answers() {}

  /** Exit code 1 when any alert is critical, else 0. */
  static int exitCode(List<Alert> alerts) {
    return alerts.stream().anyMatch(a -> a.severity() == Severity.CRITICAL) ? CRITICAL : OK;
  }

  /** The answer as JSON with the not-medical-advice statement added at the end. */
  static String json(Object answer) {
    return JSON.writeWith(answer, "disclaimer", Monograph.DISCLAIMER);
  }

  // one configured mapper for every answer: building one per answer costs more than the answer
  private static final JsonOutput JSON = new JsonOutput();

  /** Alerts as lines a reader scans: severity, code, message, sources. */
  static String alertsText(List<Alert> alerts) {
    if (alerts.isEmpty()) {
      return "Alerts: none\n";
    }
    StringBuilder out = new StringBuilder("Alerts:\n");
    for (Alert alert : alerts) {
      out.append("  ")
          .append(alert.severity().word().toUpperCase(Locale.ROOT))
          .append(' ')
          .append(alert.code())
          .append(": ")
          .append(alert.message())
          .append(" [")
          .append(String.join(", ", alert.sources()))
          .append("]\n");
    }
    return out.toString();
  }

  /** One labelled value of a text answer, labels padded so the values line up. */
  static void field(StringBuilder out, String label, Object value) {
    out.append(String.format(Locale.ROOT, "  %-28s %s%n", label, value));
  }

  static String footer(List<String> rules, List<String> sources) {
    return "Rules applied: "
        + String.join(", ", rules)
        + "\nSources: "
        + String.join(", ", sources)
        + "\n\n"
        + Monograph.DISCLAIMER
        + "\n";
  }
}
