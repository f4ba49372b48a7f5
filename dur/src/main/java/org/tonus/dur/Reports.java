package org.tonus.dur;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * Writes the review's summary (summary.json) and the pharmacist's report (report.html: inline SVG
 * charts drawn here, no scripts, no network) to the output directory, on any Hadoop file system.
 */
final class Reports {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Reports() {}

  static Map<String, Object> summary(
      Tally tally, Jurisdiction jurisdiction, List<InputFile> files, long millis) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("jurisdiction", jurisdiction.name());
    summary.put("files", files.stream().map(InputFile::name).toList());
    summary.put("patients", tally.patients);
    summary.put("patientsWithBaclofen", tally.patientsWithPrescriptions);
    summary.put("prescriptions", tally.prescriptions);
    summary.put("prescriptionsScreened", tally.prescriptions - tally.unreadable);
    summary.put("prescriptionsWithAlerts", tally.prescriptionsWithAlerts);
    summary.put("patientsAffected", tally.patientsAffected);
    summary.put("alerts", tally.alerts);
    summary.put("alertsByCode", tally.byCode);
    summary.put("alertsBySeverity", tally.bySeverity);
    summary.put("alertsByCodeAndSeverity", tally.byCodeAndSeverity);
    summary.put("patientsAffectedByCode", tally.patientsByCode);
    Map<String, Long> doses = new LinkedHashMap<>();
    tally.dailyDoseMg.forEach(
        (from, n) -> doses.put(from + "-" + (from + Tally.DOSE_BIN_MG) + " mg", n));
    summary.put("dailyDoseMg", doses);
    summary.put("prescriptionsWithoutDailyDose", tally.noDailyDose);
    summary.put("malformedLines", tally.malformed());
    summary.put("malformedByFile", tally.malformedByFile);
    summary.put("malformedExamples", tally.malformedExamples);
    summary.put("unreadablePrescriptions", tally.unreadable);
    summary.put("unreadableExamples", tally.unreadableExamples);
    summary.put("coMedicationsNotRecognised", tally.coMedicationsNotRecognised);
    summary.put("coMedicationsNotRecognisedByText", tally.notRecognisedByText);
    summary.put("seconds", millis / 1000.0);
    return summary;
  }

  static void write(
      Configuration conf,
      String out,
      Tally tally,
      Jurisdiction jurisdiction,
      List<InputFile> files,
      long millis) {
    Map<String, Object> summary = summary(tally, jurisdiction, files, millis);
    try {
      text(
          conf,
          out + "/summary.json",
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
      text(conf, out + "/report.html", html(tally, jurisdiction));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the summary under " + out, e);
    }
  }

  private static void text(Configuration conf, String where, String content) throws IOException {
    Path path = new Path(where);
    FileSystem fs = path.getFileSystem(conf);
    fs.setWriteChecksum(false); // no .crc beside the files a pharmacist opens
    try (OutputStream stream = fs.create(path, true)) {
      stream.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  static String html(Tally tally, Jurisdiction jurisdiction) {
    StringBuilder h = new StringBuilder();
    h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Tonus population review</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;")
        .append("text-align:left}td.n{text-align:right}h2{margin-top:1.5em}")
        .append(".critical{fill:#b00020}.warning{fill:#e08a00}.info{fill:#1565c0}")
        .append(".bar{fill:#4a7bb7}text{font-size:12px}</style></head><body>")
        .append("<h1>Baclofen population review</h1>")
        .append("<p>Jurisdiction ")
        .append(jurisdiction.name())
        .append(". ")
        .append(tally.patients)
        .append(" patients, ")
        .append(tally.patientsWithPrescriptions)
        .append(" with baclofen; ")
        .append(tally.prescriptions)
        .append(" prescriptions, ")
        .append(tally.prescriptionsWithAlerts)
        .append(" with at least one alert; ")
        .append(tally.patientsAffected)
        .append(" patients affected. ")
        .append(tally.malformed())
        .append(" malformed input lines, ")
        .append(tally.unreadable)
        .append(" prescriptions that could not be read.</p>");
    h.append("<h2>Alerts by code and severity</h2>");
    h.append(codeChart(tally));
    h.append("<table><tr><th>Code</th><th>Critical</th><th>Warning</th><th>Info</th>")
        .append("<th>Patients</th></tr>");
    for (String code : tally.byCode.keySet()) {
      h.append("<tr><td>").append(code).append("</td>");
      for (String s : List.of("critical", "warning", "info")) {
        h.append("<td class=n>")
            .append(tally.byCodeAndSeverity.getOrDefault(code + "/" + s, 0L))
            .append("</td>");
      }
      h.append("<td class=n>")
          .append(tally.patientsByCode.getOrDefault(code, 0L))
          .append("</td></tr>");
    }
    h.append("</table>");
    h.append("<h2>Daily dose of the prescriptions (mg a day)</h2>");
    h.append(doseChart(tally));
    h.append("<p>")
        .append(tally.noDailyDose)
        .append(" prescriptions had no daily dose in mg (stops, unreadable directions).</p>");
    h.append("<h2>Malformed input</h2><table><tr><th>File</th><th>Lines</th></tr>");
    tally.malformedByFile.forEach(
        (f, n) ->
            h.append("<tr><td>")
                .append(escape(f))
                .append("</td><td class=n>")
                .append(n)
                .append("</td></tr>"));
    h.append("</table><ul>");
    tally.malformedExamples.forEach(e -> h.append("<li>").append(escape(e)).append("</li>"));
    h.append("</ul><h2>Prescriptions that could not be read</h2><ul>");
    tally.unreadableExamples.forEach(e -> h.append("<li>").append(escape(e)).append("</li>"));
    h.append("</ul><h2>Co-medications not recognised (not checked for interactions)</h2><p>")
        .append(tally.coMedicationsNotRecognised)
        .append(" in all, one per prescription whose check had them.</p><table>")
        .append("<tr><th>Co-medication</th><th>Prescriptions</th></tr>");
    tally.notRecognisedByText.forEach(
        (t, n) ->
            h.append("<tr><td>")
                .append(escape(t))
                .append("</td><td class=n>")
                .append(n)
                .append("</td></tr>"));
    h.append("</table><p>Every alert with its evidence is in alerts.csv and alerts.parquet.")
        .append(" These are screening findings for a pharmacist to review, not orders.</p>")
        .append("</body></html>\n");
    return h.toString();
  }

  private static String codeChart(Tally tally) {
    int rowHeight = 22;
    int labelWidth = 190;
    int barWidth = 420;
    long max = tally.byCode.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int height = rowHeight * Math.max(1, tally.byCode.size()) + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"alerts by code\">",
            labelWidth + barWidth + 80,
            height));
    int y = 5;
    for (String code : tally.byCode.keySet()) {
      svg.append(
          String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 15, escape(code)));
      double x = labelWidth;
      for (String s : List.of("critical", "warning", "info")) {
        long n = tally.byCodeAndSeverity.getOrDefault(code + "/" + s, 0L);
        double w = barWidth * (double) n / max;
        if (n > 0) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\">"
                      + "<title>%s %s: %d</title></rect>",
                  s,
                  x,
                  y + 2,
                  Math.max(w, 1),
                  code,
                  s,
                  n));
        }
        x += w;
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">%d</text>",
              x + 4,
              y + 15,
              tally.byCode.get(code)));
      y += rowHeight;
    }
    return svg.append("</svg><p>Bars: <span style=\"color:#b00020\">critical</span>,")
        .append(" <span style=\"color:#e08a00\">warning</span>,")
        .append(" <span style=\"color:#1565c0\">info</span>.</p>")
        .toString();
  }

  private static String doseChart(Tally tally) {
    int width = 640;
    int height = 220;
    int n = Math.max(1, tally.dailyDoseMg.size());
    double barWidth = (width - 40) / (double) n;
    long max = tally.dailyDoseMg.values().stream().mapToLong(Long::longValue).max().orElse(1);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"daily dose distribution\">",
            width,
            height + 30));
    int i = 0;
    for (Map.Entry<Integer, Long> bin : tally.dailyDoseMg.entrySet()) {
      double h = (height - 20) * (double) bin.getValue() / max;
      double x = 20 + i * barWidth;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                  + "<title>%d-%d mg: %d</title></rect>"
                  + "<text x=\"%.1f\" y=\"%d\">%d</text>",
              x,
              height - h,
              barWidth - 2,
              h,
              bin.getKey(),
              bin.getKey() + Tally.DOSE_BIN_MG,
              bin.getValue(),
              x,
              height + 15,
              bin.getKey()));
      i++;
    }
    return svg.append("</svg>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
