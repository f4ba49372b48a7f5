package org.tonus.app.diary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.tonus.app.output.DoseTimes;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.store.OralSupplyStatus;
import org.tonus.store.PumpRefillStatus;
import org.tonus.store.RefillStatus;
import org.tonus.store.Regimen;
import org.tonus.store.RegimenStep;
import org.tonus.store.Store;

/**
 * A patient's calendar feed (RFC 5545) from the diary: a daily recurring event per dose time of
 * each current regimen step with the dose in its title, an all-day event on the first day of each
 * step saying the new dose (titration and taper changes), and all-day refill-due events for oral
 * supplies and the pump. Times are the patient's wall-clock times in their zone, with the VTIMEZONE
 * included, so reminders stay at 08:00 across daylight-saving changes. UIDs are built from what the
 * event is about (patient, regimen start, step start, dose time; dispensing; pump refill), never
 * from a counter, so a phone that fetches the feed again updates its events instead of adding
 * copies.
 */
public final class CalendarFeed {
  private static final Duration DOSE_EVENT_LENGTH = Duration.ofMinutes(15);
  private static final DateTimeFormatter UTC_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter COMPACT_TIME = DateTimeFormatter.ofPattern("HHmm");
  private static final String DISCLAIMER =
      "Not medical advice: Tonus supports, and never replaces, your prescriber's judgement."
          + " Do not stop or change baclofen on your own.";

  private final Store store;
  private final Knowledge knowledge;

  public CalendarFeed(Store store, Knowledge knowledge) {
    this.store = store;
    this.knowledge = knowledge;
  }

  /**
   * The feed for {@code patientId} as seen on {@code today} in {@code zone}: regimens that have not
   * ended before today, and the refills due. {@code stamp} is the DTSTAMP (passed in so output is
   * reproducible).
   */
  public String render(long patientId, ZoneId zone, LocalDate today, Instant stamp) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    TimeZone timeZone = registry.getTimeZone(zone.getId());
    if (timeZone == null) {
      throw new IllegalArgumentException("no time zone definition for " + zone.getId());
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Tonus//Baclofen diary feed//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", "Baclofen doses and refills"));
    calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    calendar.add(timeZone.getVTimeZone());

    List<Regimen> regimens = store.regimens().of(patientId);
    for (int i = 0; i < regimens.size(); i++) {
      Regimen regimen = regimens.get(i);
      Optional<LocalDate> end = effectiveEnd(regimens, i);
      if (end.isPresent() && end.get().isBefore(today)) {
        continue;
      }
      for (RegimenStep step : regimen.steps()) {
        if (step.from().isAfter(end.orElse(LocalDate.MAX))) {
          break;
        }
        Optional<LocalDate> stepEnd = earlier(step.to(), end);
        String key =
            "p"
                + patientId
                + "-r"
                + COMPACT_DATE.format(regimen.start())
                + "-s"
                + COMPACT_DATE.format(step.from());
        calendar.add(stepChange(step, key, stamp));
        if (!step.stops() && stepEnd.map(last -> !last.isBefore(today)).orElse(true)) {
          List<LocalTime> times = DoseTimes.DEFAULT.getOrDefault(step.dosesPerDay(), List.of());
          for (int n = 0; n < times.size(); n++) {
            calendar.add(dose(step, stepEnd, times.get(n), n + 1, zone, key, stamp));
          }
        }
      }
    }

    RefillStatus refills = store.refills(knowledge).forPatient(patientId, today, zone);
    for (OralSupplyStatus status : refills.oral()) {
      if (status instanceof OralSupplyStatus.Counted counted && counted.refillDueOn().isPresent()) {
        calendar.add(oralRefill(patientId, counted, zone, stamp));
      }
    }
    refills.pump().ifPresent(pump -> calendar.add(pumpRefill(patientId, pump, stamp)));

    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  // A regimen is followed until its own end or the day before a later regimen starts.
  private static Optional<LocalDate> effectiveEnd(List<Regimen> regimens, int index) {
    Optional<LocalDate> end = regimens.get(index).end();
    for (int later = index + 1; later < regimens.size(); later++) {
      LocalDate start = regimens.get(later).start();
      if (start.isAfter(regimens.get(index).start())) {
        return earlier(end, Optional.of(start.minusDays(1)));
      }
    }
    return end;
  }

  private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
  }

  private static VEvent dose(
      RegimenStep step,
      Optional<LocalDate> stepEnd,
      LocalTime time,
      int number,
      ZoneId zone,
      String key,
      Instant stamp) {
    ZonedDateTime start = step.from().atTime(time).atZone(zone);
    VEvent event = new VEvent(start, DOSE_EVENT_LENGTH, "Baclofen " + mg(step.doseMg()) + " mg");
    event.add(new Uid(key + "-d" + COMPACT_TIME.format(time) + "@tonus"));
    event.add(new DtStamp(stamp));
    // UNTIL is in UTC when DTSTART carries a zone (RFC 5545 3.3.10): the last dose time.
    String until =
        stepEnd
            .map(
                last ->
                    ";UNTIL="
                        + UTC_STAMP.format(
                            last.atTime(time).atZone(zone).withZoneSameInstant(ZoneOffset.UTC)))
            .orElse("");
    event.add(new RRule<ZonedDateTime>("FREQ=DAILY" + until));
    event.add(
        new Description(
            "Dose "
                + number
                + " of "
                + step.dosesPerDay()
                + " a day: "
                + mg(step.doseMg())
                + " mg ("
                + mg(step.dailyMg())
                + " mg a day). "
                + DISCLAIMER));
    return event;
  }

  private static VEvent stepChange(RegimenStep step, String key, Instant stamp) {
    String summary =
        step.stops()
            ? "Baclofen: stop today, as planned"
            : "Baclofen dose from today: "
                + mg(step.doseMg())
                + " mg "
                + times(step.dosesPerDay())
                + " ("
                + mg(step.dailyMg())
                + " mg a day)";
    VEvent event = new VEvent(step.from(), summary);
    event.add(new Uid(key + "-change@tonus"));
    event.add(new DtStamp(stamp));
    event.add(
        new Description(
            summary
                + (step.to().isPresent() ? ", until " + step.to().get() : "")
                + ". "
                + DISCLAIMER));
    return event;
  }

  private static VEvent oralRefill(
      long patientId, OralSupplyStatus.Counted counted, ZoneId zone, Instant stamp) {
    LocalDate due = counted.refillDueOn().orElseThrow();
    String product = counted.dispensing().product();
    VEvent event = new VEvent(due, "Ask for a baclofen refill (" + product + ")");
    event.add(
        new Uid(
            "p"
                + patientId
                + "-refill-"
                + counted.dispensing().dispensedAt().getEpochSecond()
                + "-"
                + counted.dispensing().strength().toString().replaceAll("[^A-Za-z0-9]", "")
                + "@tonus"));
    event.add(new DtStamp(stamp));
    event.add(
        new Description(
            "The "
                + counted.dispensing().quantity().stripTrailingZeros().toPlainString()
                + " "
                + counted.dispensing().unit().plural()
                + " dispensed on "
                + counted.dispensing().dispensedAt().atZone(zone).toLocalDate()
                + counted.supply().runsOutOn().map(out -> " run out on " + out).orElse("")
                + ". Ask for the next supply now so no dose is missed. "
                + DISCLAIMER));
    return event;
  }

  private static VEvent pumpRefill(long patientId, PumpRefillStatus pump, Instant stamp) {
    VEvent event = new VEvent(pump.lastRefill().refillDueBy(), "Baclofen pump refill due");
    event.add(
        new Uid(
            "p"
                + patientId
                + "-pump-"
                + COMPACT_DATE.format(pump.lastRefill().refilledOn())
                + "@tonus"));
    event.add(new DtStamp(stamp));
    event.add(
        new Description(
            "Refill the pump by "
                + pump.lastRefill().refillDueBy()
                + "; its low-reservoir alarm is expected on "
                + pump.lastRefill().alarmDate()
                + ". An empty pump can cause severe withdrawal. "
                + DISCLAIMER));
    return event;
  }

  private static String times(int dosesPerDay) {
    return switch (dosesPerDay) {
      case 1 -> "once a day";
      case 2 -> "twice a day";
      default -> dosesPerDay + " times a day";
    };
  }

  private static String mg(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
