package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.patient.Patient;

/** Invariants of the diary alerts over random diaries of a US adult (maximum 80 mg a day). */
class DiaryAlertPropertiesTest {
  private static final DiaryAlertRules RULES =
      new DiaryAlertRules(new DiaryFacts(KnowledgeLoader.loadBundled()));
  private static final LocalDate FIRST = LocalDate.parse("2026-01-01");
  private static final BigDecimal MAXIMUM = new BigDecimal("80");

  @Property
  void oneDoseAlertForEachDayAboveTheMaximumAndNoneOtherwise(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 200) Integer> takenMg) {
    List<Alert> alerts =
        RULES.alerts(Jurisdiction.US, Patient.aged(40), days(takenMg, 0), Optional.empty(), FIRST);

    long above =
        takenMg.stream().filter(mg -> BigDecimal.valueOf(mg).compareTo(MAXIMUM) > 0).count();
    assertThat(alerts).filteredOn(a -> a.code() == AlertCode.DOSE_ABOVE_MAX).hasSize((int) above);
  }

  @Property
  void missedDosesOnIsolatedDaysNeverRaiseAWithdrawalRisk(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 80) Integer> takenMg) {
    List<DiaryDay> days = new ArrayList<>();
    for (int i = 0; i < takenMg.size(); i++) {
      // Missed doses every other day only: never two days in a row.
      days.add(
          new DiaryDay(
              FIRST.plusDays(i),
              BigDecimal.valueOf(takenMg.get(i)),
              i % 2 == 0 ? 1 : 0,
              Optional.of(MAXIMUM)));
    }

    assertThat(RULES.alerts(Jurisdiction.US, Patient.aged(40), days, Optional.empty(), FIRST))
        .noneMatch(a -> a.code() == AlertCode.ABRUPT_STOP_RISK);
  }

  private static List<DiaryDay> days(List<Integer> takenMg, int missed) {
    List<DiaryDay> days = new ArrayList<>();
    for (int i = 0; i < takenMg.size(); i++) {
      days.add(
          new DiaryDay(
              FIRST.plusDays(i), BigDecimal.valueOf(takenMg.get(i)), missed, Optional.of(MAXIMUM)));
    }
    return days;
  }
}
