package org.tonus.dur;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;

/**
 * The population's counts, built per patient and merged: patients, prescriptions screened and
 * unreadable, alerts by code, by severity and by both, patients affected (in all and by code), the
 * daily-dose distribution, and malformed lines by file with the first examples. Merging is
 * associative and commutative apart from which examples are kept (at most {@link #EXAMPLES}).
 */
final class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many malformed or unreadable examples the summary keeps. */
  static final int EXAMPLES = 100;

  /** Width of a bar of the daily-dose chart in mg a day: a display choice, not a dosing fact. */
  static final int DOSE_BIN_MG = 10;

  long patients;
  long patientsWithPrescriptions;
  long prescriptions;
  long unreadable;
  long prescriptionsWithAlerts;
  long patientsAffected;
  long alerts;
  long noDailyDose;
  final TreeMap<String, Long> byCode = new TreeMap<>();
  final TreeMap<String, Long> bySeverity = new TreeMap<>();
  final TreeMap<String, Long> byCodeAndSeverity = new TreeMap<>();
  final TreeMap<String, Long> patientsByCode = new TreeMap<>();
  final TreeMap<Integer, Long> dailyDoseMg = new TreeMap<>();
  final TreeMap<String, Long> malformedByFile = new TreeMap<>();
  final List<String> malformedExamples = new ArrayList<>();
  final List<String> unreadableExamples = new ArrayList<>();

  /** Co-medications not recognised, one per prescription whose check had them. */
  long coMedicationsNotRecognised;

  /** The same by text, for the first {@link #EXAMPLES} texts (later ones are only counted). */
  final TreeMap<String, Long> notRecognisedByText = new TreeMap<>();

  long malformed() {
    return malformedByFile.values().stream().mapToLong(Long::longValue).sum();
  }

  void malformed(String file, long line, String reason) {
    malformedByFile.merge(file, 1L, Long::sum);
    if (malformedExamples.size() < EXAMPLES) {
      malformedExamples.add(file + ":" + line + ": " + reason);
    }
  }

  /**
   * A malformed line known by its place in a split of its file (the job numbers lines per split as
   * it reads them); {@link #numberMalformed} gives it its line number once every split is counted.
   */
  record Spot(String file, int rank, int split, long offset, String reason)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Malformed lines not yet numbered, at most {@link #EXAMPLES}. */
  final List<Spot> malformedSpots = new ArrayList<>();

  void malformedAt(Spot spot) {
    malformedByFile.merge(spot.file(), 1L, Long::sum);
    if (malformedSpots.size() < EXAMPLES) {
      malformedSpots.add(spot);
    }
  }

  /**
   * Turns the malformed lines known by split into examples with line numbers: {@code firstLine}
   * gives the number of a split's first line, from its file's rank and the split's index.
   */
  void numberMalformed(java.util.function.ToLongBiFunction<Integer, Integer> firstLine) {
    for (Spot spot : malformedSpots) {
      if (malformedExamples.size() >= EXAMPLES) {
        break;
      }
      long line = firstLine.applyAsLong(spot.rank(), spot.split()) + spot.offset();
      malformedExamples.add(spot.file() + ":" + line + ": " + spot.reason());
    }
    malformedSpots.clear();
  }

  void patient(List<PatientScreen.Finding> findings) {
    patients++;
    if (findings.isEmpty()) {
      return;
    }
    patientsWithPrescriptions++;
    Set<AlertCode> codes = EnumSet.noneOf(AlertCode.class);
    for (PatientScreen.Finding finding : findings) {
      prescriptions++;
      for (String text : finding.notRecognised()) {
        coMedicationsNotRecognised++;
        countText(notRecognisedByText, text, 1);
      }
      if (finding instanceof PatientScreen.Finding.Unread u) {
        unreadable++;
        if (unreadableExamples.size() < EXAMPLES) {
          unreadableExamples.add(u.prescription() + ": " + u.reason());
        }
      } else if (finding instanceof PatientScreen.Finding.Screened s) {
        if (!s.alerts().isEmpty()) {
          prescriptionsWithAlerts++;
        }
        for (Alert alert : s.alerts()) {
          alerts++;
          codes.add(alert.code());
          byCode.merge(alert.code().name(), 1L, Long::sum);
          String severity = alert.severity().name().toLowerCase(java.util.Locale.ROOT);
          bySeverity.merge(severity, 1L, Long::sum);
          byCodeAndSeverity.merge(alert.code().name() + "/" + severity, 1L, Long::sum);
        }
        if (s.dailyMg().isPresent()) {
          dailyDoseMg.merge(bin(s.dailyMg().get()), 1L, Long::sum);
        } else {
          noDailyDose++;
        }
      }
    }
    if (!codes.isEmpty()) {
      patientsAffected++;
      codes.forEach(c -> patientsByCode.merge(c.name(), 1L, Long::sum));
    }
  }

  private static int bin(BigDecimal mg) {
    return mg.divide(BigDecimal.valueOf(DOSE_BIN_MG), 0, RoundingMode.FLOOR).intValue()
        * DOSE_BIN_MG;
  }

  Tally merge(Tally other) {
    patients += other.patients;
    patientsWithPrescriptions += other.patientsWithPrescriptions;
    prescriptions += other.prescriptions;
    unreadable += other.unreadable;
    prescriptionsWithAlerts += other.prescriptionsWithAlerts;
    patientsAffected += other.patientsAffected;
    alerts += other.alerts;
    noDailyDose += other.noDailyDose;
    add(byCode, other.byCode);
    add(bySeverity, other.bySeverity);
    add(byCodeAndSeverity, other.byCodeAndSeverity);
    add(patientsByCode, other.patientsByCode);
    add(dailyDoseMg, other.dailyDoseMg);
    add(malformedByFile, other.malformedByFile);
    keep(malformedExamples, other.malformedExamples);
    keep(malformedSpots, other.malformedSpots);
    keep(unreadableExamples, other.unreadableExamples);
    coMedicationsNotRecognised += other.coMedicationsNotRecognised;
    other.notRecognisedByText.forEach((k, v) -> countText(notRecognisedByText, k, v));
    return this;
  }

  private static void countText(Map<String, Long> into, String text, long n) {
    if (into.containsKey(text) || into.size() < EXAMPLES) {
      into.merge(text, n, Long::sum);
    }
  }

  private static <K> void add(Map<K, Long> into, Map<K, Long> from) {
    from.forEach((k, v) -> into.merge(k, v, Long::sum));
  }

  private static <T> void keep(List<T> into, List<T> from) {
    for (T s : from) {
      if (into.size() >= EXAMPLES) {
        return;
      }
      into.add(s);
    }
  }
}
