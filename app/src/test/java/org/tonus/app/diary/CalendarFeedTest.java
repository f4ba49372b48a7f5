package org.tonus.app.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonus.core.intrathecal.PumpRefillRequest;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.store.Dispensing;
import org.tonus.store.Regimen;
import org.tonus.store.RegimenSource;
import org.tonus.store.Role;
import org.tonus.store.Store;

/** The calendar feed parsed back with ical4j, in Europe/London across the 2026-03-29 change. */
class CalendarFeedTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  private static final LocalDate TODAY = LocalDate.parse("2026-03-25");
  private static final Instant NOW = Instant.parse("2026-03-25T12:00:00Z");

  private Store store;
  private long patient;

  @BeforeEach
  void open() {
    store = Store.open("jdbc:h2:mem:" + UUID.randomUUID());
    patient = store.people().add(Role.PATIENT, "Ada Patient").id();
    // A titration plan: 5 mg x 3 on 03-25..03-27, 10 mg x 3 on 03-28..03-30, 15 mg x 3 from 03-31.
    store
        .regimens()
        .add(
            new Regimen(
                patient,
                RegimenSource.PLAN,
                TODAY,
                Optional.empty(),
                3,
                "[{\"fromDate\":\"2026-03-25\",\"toDate\":\"2026-03-27\",\"dosesPerDay\":3,"
                    + "\"doseMg\":5,\"dailyMg\":15},"
                    + "{\"fromDate\":\"2026-03-28\",\"toDate\":\"2026-03-30\",\"dosesPerDay\":3,"
                    + "\"doseMg\":10,\"dailyMg\":30},"
                    + "{\"fromDate\":\"2026-03-31\",\"dosesPerDay\":3,\"doseMg\":15,"
                    + "\"dailyMg\":45}]"));
    // 30 x 10 mg on 03-25: 1.5/day x 3 = 4.5, 3/day x 3 = 9, then floor(16.5 / 4.5) = 3 days:
    // 9 days -> runs out 04-03, refill due 7 days before (POL-15) = 03-27.
    store
        .dispensings()
        .record(
            Dispensing.of(patient, NOW.minusSeconds(3600), "Baclofen 10 mg tablets", "10 mg", "30"),
            NOW);
    // (20 - 2) mL x 500 mcg/mL / 100 mcg/day = 90 days: alarm 05-30, due 05-23 (IT-13-G).
    store
        .refills(KNOWLEDGE)
        .recordPumpRefill(
            patient,
            PumpRefillRequest.of(
                Jurisdiction.UK,
                LocalDate.parse("2026-03-01"),
                "20 mL",
                "500 mcg/mL",
                "100 mcg/day",
                "2 mL"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void dosesRecurAtTheSameLocalTimeAcrossTheDaylightSavingChange() throws Exception {
    String ics = new CalendarFeed(store, KNOWLEDGE).render(patient, LONDON, TODAY, NOW);
    VEvent morning = event(parse(ics), "p" + patient + "-r20260325-s20260328-d0800@tonus");

    assertThat(ics).contains("BEGIN:VTIMEZONE").contains("TZID:Europe/London");
    assertThat(ics).contains("DTSTART;TZID=Europe/London:20260328T080000");
    // The step's last 08:00 dose is 03-30 08:00 BST = 07:00 UTC.
    assertThat(ics).contains("RRULE:FREQ=DAILY;UNTIL=20260330T070000Z");
    assertThat(morning.getSummary().getValue()).isEqualTo("Baclofen 10 mg");

    List<Instant> occurrences =
        morning
            .<ZonedDateTime>calculateRecurrenceSet(
                new Period<>(
                    ZonedDateTime.parse("2026-03-20T00:00Z"),
                    ZonedDateTime.parse("2026-04-10T00:00Z")))
            .stream()
            .map(period -> Instant.from(period.getStart()))
            .sorted()
            .toList();
    // 08:00 GMT = 08:00Z on 03-28; from 03-29 the UK is on BST, so 08:00 local = 07:00Z.
    assertThat(occurrences)
        .containsExactly(
            Instant.parse("2026-03-28T08:00:00Z"),
            Instant.parse("2026-03-29T07:00:00Z"),
            Instant.parse("2026-03-30T07:00:00Z"));
  }

  @Test
  void eachStepStartsWithAnAllDayEventSayingTheNewDose() throws Exception {
    Calendar calendar =
        parse(new CalendarFeed(store, KNOWLEDGE).render(patient, LONDON, TODAY, NOW));

    VEvent change = event(calendar, "p" + patient + "-r20260325-s20260331-change@tonus");
    Temporal start = change.<LocalDate>getDateTimeStart().getDate();
    assertThat(start).isEqualTo(LocalDate.parse("2026-03-31"));
    assertThat(change.getSummary().getValue())
        .isEqualTo("Baclofen dose from today: 15 mg 3 times a day (45 mg a day)");
    // The open last step has three open-ended daily dose events.
    assertThat(events(calendar))
        .filteredOn(e -> uid(e).startsWith("p" + patient + "-r20260325-s20260331-d"))
        .hasSize(3)
        .allSatisfy(
            e ->
                assertThat(e.getProperty("RRULE").orElseThrow().getValue())
                    .isEqualTo("FREQ=DAILY"));
  }

  @Test
  void refillsDueAppearAsAllDayEvents() throws Exception {
    Calendar calendar =
        parse(new CalendarFeed(store, KNOWLEDGE).render(patient, LONDON, TODAY, NOW));

    VEvent oral =
        events(calendar).stream()
            .filter(e -> uid(e).startsWith("p" + patient + "-refill-"))
            .findFirst()
            .orElseThrow();
    VEvent pump = event(calendar, "p" + patient + "-pump-20260301@tonus");
    assertThat(oral.<LocalDate>getDateTimeStart().getDate())
        .isEqualTo(LocalDate.parse("2026-03-27"));
    assertThat(pump.<LocalDate>getDateTimeStart().getDate())
        .isEqualTo(LocalDate.parse("2026-05-23"));
  }

  @Test
  void uidsAreStableFromOneFetchToTheNext() throws Exception {
    CalendarFeed feed = new CalendarFeed(store, KNOWLEDGE);
    List<String> first =
        events(parse(feed.render(patient, LONDON, TODAY, NOW))).stream()
            .map(CalendarFeedTest::uid)
            .toList();
    List<String> later =
        events(parse(feed.render(patient, LONDON, TODAY, NOW.plusSeconds(86_400)))).stream()
            .map(CalendarFeedTest::uid)
            .toList();

    assertThat(later).isEqualTo(first).doesNotHaveDuplicates();
    // 3 step changes + 3 x 3 dose times + 1 oral refill + 1 pump refill = 14 events.
    assertThat(first).hasSize(14);
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(VEvent.VEVENT);
  }

  private static VEvent event(Calendar calendar, String uid) {
    return events(calendar).stream()
        .filter(e -> uid(e).equals(uid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + uid));
  }

  private static String uid(VEvent event) {
    return event.getUid().orElseThrow().getValue();
  }
}
