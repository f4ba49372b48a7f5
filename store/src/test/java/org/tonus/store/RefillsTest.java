package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tonus.core.intrathecal.PumpRefill;
import org.tonus.core.intrathecal.PumpRefillOutcome;
import org.tonus.core.intrathecal.PumpRefillRequest;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.supply.DispensedUnit;

/** Dispensings, pump refills and the days' supply they give, on H2 and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RefillsTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant NOW = Instant.parse("2026-03-25T00:00:00Z");
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();

  @Parameter TestDatabase database;

  private Store store;
  private long patient;

  @BeforeEach
  void open() {
    store = database.openFresh();
    patient = store.people().add(Role.PATIENT, "Ada Patient").id();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aDispensingComesBackWithItsParsedStrengthAndUnit() {
    Dispensing tablets =
        Dispensing.of(patient, at("2026-03-05T10:00"), "Baclofen 10 mg tablets", "10 mg", "90");
    Dispensing liquid =
        Dispensing.of(patient, at("2026-03-06T10:00"), "Ozobax 5 mg/5 mL", "5 mg/5 mL", "300");

    store.dispensings().record(tablets, NOW);
    store.dispensings().record(liquid, NOW);

    assertThat(store.dispensings().of(patient)).containsExactly(tablets, liquid);
    assertThat(liquid.unit()).isEqualTo(DispensedUnit.ML);
    assertThat(liquid.strength().toString()).isEqualTo("1 mg/mL");
  }

  @Test
  void tabletsUnderAnOpenRegimenRunOutAndFallDueByThePolicyMargin() {
    regimen("2026-03-01", "[{\"doseMg\": 10, \"dosesPerDay\": 3}]");
    // 10 mg x 3 = 30 mg/day = 3 tablets of 10 mg a day; floor(90 / 3) = 30 days from 03-05 (day 1)
    // -> runs out 03-05 + 30 = 04-04; refill due 7 days before (POL-15) = 03-28.
    // On 03-20: 04-04 - 03-20 = 15 days left.
    store
        .dispensings()
        .record(
            Dispensing.of(patient, at("2026-03-05T10:00"), "baclofen 10 mg", "10 mg", "90"), NOW);

    RefillStatus status = store.refills(KNOWLEDGE).forPatient(patient, day("2026-03-20"), PARIS);

    OralSupplyStatus.Counted counted = (OralSupplyStatus.Counted) status.oral().get(0);
    assertThat(counted.supply().daysSupply()).isEqualTo(30);
    assertThat(counted.supply().runsOutOn()).contains(day("2026-04-04"));
    assertThat(counted.refillDueOn()).contains(day("2026-03-28"));
    assertThat(counted.daysLeft()).isEqualTo(OptionalLong.of(15));
    assertThat(counted.supply().rules()).contains("POL-15");
    assertThat(status.pump()).isEmpty();
  }

  @Test
  void aTitrationPlanIsWalkedStepByStep() {
    regimen(
        "2026-03-01",
        "[{\"fromDate\":\"2026-03-01\",\"toDate\":\"2026-03-03\",\"dosesPerDay\":3,\"doseMg\":5,"
            + "\"dailyMg\":15},"
            + "{\"fromDate\":\"2026-03-04\",\"toDate\":\"2026-03-06\",\"dosesPerDay\":3,"
            + "\"doseMg\":10,\"dailyMg\":30},"
            + "{\"fromDate\":\"2026-03-07\",\"dosesPerDay\":3,\"doseMg\":15,\"dailyMg\":45}]");
    // 10 mg tablets, 30 dispensed on 03-01: 1.5/day x 3 days = 4.5; 3/day x 3 days = 9;
    // 30 - 13.5 = 16.5 left; 4.5/day -> floor(16.5 / 4.5) = 3 days; 3 + 3 + 3 = 9 days
    // -> runs out 03-01 + 9 = 03-10; refill due 03-10 - 7 = 03-03.
    store
        .dispensings()
        .record(
            Dispensing.of(patient, at("2026-03-01T09:00"), "baclofen 10 mg", "10 mg", "30"), NOW);

    RefillStatus status = store.refills(KNOWLEDGE).forPatient(patient, day("2026-03-08"), PARIS);

    OralSupplyStatus.Counted counted = (OralSupplyStatus.Counted) status.oral().get(0);
    assertThat(counted.supply().daysSupply()).isEqualTo(9);
    assertThat(counted.supply().runsOutOn()).contains(day("2026-03-10"));
    assertThat(counted.refillDueOn()).contains(day("2026-03-03"));
    assertThat(counted.daysLeft()).isEqualTo(OptionalLong.of(2));
  }

  @Test
  void aLiquidCountsInMillilitres() {
    regimen("2026-03-01", "[{\"dailyMg\": 30}]");
    // 5 mg/5 mL = 1 mg/mL; 30 mg/day = 30 mL/day; floor(300 / 30) = 10 days from 03-10
    // -> runs out 03-20; due 03-13; on 03-20 nothing is left: 0 days.
    store
        .dispensings()
        .record(Dispensing.of(patient, at("2026-03-10T09:00"), "Ozobax", "5 mg/5 mL", "300"), NOW);

    OralSupplyStatus.Counted counted =
        (OralSupplyStatus.Counted)
            store.refills(KNOWLEDGE).forPatient(patient, day("2026-03-20"), PARIS).oral().get(0);

    assertThat(counted.supply().unitsPerDay()).isEqualByComparingTo("30");
    assertThat(counted.supply().runsOutOn()).contains(day("2026-03-20"));
    assertThat(counted.refillDueOn()).contains(day("2026-03-13"));
    assertThat(counted.daysLeft()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void withoutAnActiveRegimenTheSupplyIsNotGuessed() {
    store
        .dispensings()
        .record(Dispensing.of(patient, at("2026-03-10T09:00"), "baclofen", "10 mg", "90"), NOW);

    RefillStatus status = store.refills(KNOWLEDGE).forPatient(patient, day("2026-03-20"), PARIS);

    assertThat(status.oral()).singleElement().isInstanceOf(OralSupplyStatus.NotCounted.class);
  }

  @Test
  void aPumpRefillIsStoredWithTheCalculatorsDatesAndCountsDownToItsDueDate() {
    // (20 mL - 2 mL alarm) x 500 mcg/mL = 9000 mcg usable; 9000 / 100 mcg/day = 90 days
    // -> alarm 03-01 + 90 = 05-30; due 7 days before (IT-13-G) = 05-23.
    // On 03-20: to 05-23 is 11 (March) + 30 (April) + 23 = 64 days; to 05-30, 71 days.
    PumpRefillOutcome outcome =
        store
            .refills(KNOWLEDGE)
            .recordPumpRefill(
                patient,
                PumpRefillRequest.of(
                    Jurisdiction.US,
                    day("2026-03-01"),
                    "20 mL",
                    "500 mcg/mL",
                    "100 mcg/day",
                    "2 mL"));

    assertThat(outcome).isInstanceOf(PumpRefill.class);
    PumpRefillEntry stored = store.pumpRefills().latest(patient).orElseThrow();
    assertThat(stored.refillDueBy()).isEqualTo(day("2026-05-23"));
    assertThat(stored.alarmDate()).isEqualTo(day("2026-05-30"));
    assertThat(stored.volumeMl()).isEqualTo(new BigDecimal("20"));

    PumpRefillStatus pump =
        store.refills(KNOWLEDGE).forPatient(patient, day("2026-03-20"), PARIS).pump().orElseThrow();
    assertThat(pump.daysUntilDue()).isEqualTo(64);
    assertThat(pump.daysUntilAlarm()).isEqualTo(71);
    assertThat(pump.overdue()).isFalse();
    assertThat(pump.rules()).containsExactly("IT-13-G");
    assertThat(pump.sources()).contains("tonus-policy");
  }

  private void regimen(String start, String stepsJson) {
    store
        .regimens()
        .add(
            new Regimen(
                patient, RegimenSource.ENTERED, day(start), Optional.empty(), 3, stepsJson));
  }

  private static Instant at(String localParis) {
    return LocalDateTime.parse(localParis).atZone(PARIS).toInstant();
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
