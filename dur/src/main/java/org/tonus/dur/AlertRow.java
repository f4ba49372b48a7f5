package org.tonus.dur;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.tonus.core.alert.Alert;

/**
 * One alert of the population review as written to Parquet and CSV: the patient, the prescription
 * (and the one before it, empty for a first prescription), the prescription's date, the alert's
 * code, severity (critical, warning, info), message, evidence (a JSON object, keys sorted) and
 * sources (ids, space-separated).
 */
public record AlertRow(
    String patient,
    String prescription,
    String previous,
    String date,
    String code,
    String severity,
    String message,
    String evidence,
    String sources)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The column names, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "patient",
          "prescription",
          "previous",
          "date",
          "code",
          "severity",
          "message",
          "evidence",
          "sources");

  static List<AlertRow> of(PatientScreen.Finding finding) {
    if (!(finding instanceof PatientScreen.Finding.Screened s)) {
      return List.of();
    }
    List<AlertRow> rows = new ArrayList<>(s.alerts().size());
    for (Alert alert : s.alerts()) {
      rows.add(
          new AlertRow(
              s.patient(),
              s.prescription(),
              s.previous(),
              s.date(),
              alert.code().name(),
              alert.severity().name().toLowerCase(Locale.ROOT),
              alert.message(),
              evidence(alert),
              String.join(" ", alert.sources())));
    }
    return rows;
  }

  private static String evidence(Alert alert) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(alert.evidence()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  /** The header line of alerts.csv, with its line end. */
  static String csvHeader() {
    return String.join(",", COLUMNS) + "\n";
  }

  /**
   * The row as one line of alerts.csv, with its line end: every field quoted when it holds a comma,
   * a quote or a line break (quotes doubled), and an empty field written "" as Spark's CSV writer
   * does, so the file reads the same with any RFC 4180 reader.
   */
  String csvLine() {
    StringBuilder line = new StringBuilder(256);
    Object[] values = values();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      String v = (String) values[i];
      if (v.isEmpty()) {
        line.append("\"\"");
      } else if (v.indexOf(',') >= 0
          || v.indexOf('"') >= 0
          || v.indexOf('\n') >= 0
          || v.indexOf('\r') >= 0) {
        line.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        line.append(v);
      }
    }
    return line.append('\n').toString();
  }

  Object[] values() {
    return new Object[] {
      patient, prescription, previous, date, code, severity, message, evidence, sources
    };
  }
}
