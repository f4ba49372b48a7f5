package org.tonus.app.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes dose times as an RFC 5545 calendar: one event per dose time, the dose in its title, in the
 * patient's time zone with its VTIMEZONE included so every calendar shows local clock times across
 * daylight-saving changes.
 */
public final class DoseCalendar {
  private static final Duration DOSE_EVENT_LENGTH = Duration.ofMinutes(15);

  private final ZoneId zone;
  private final Instant stamp;

  /**
   * @param zone the zone whose wall-clock times the doses are given in
   * @param stamp when the calendar is made (DTSTAMP); passed in so output is reproducible
   */
  public DoseCalendar(ZoneId zone, Instant stamp) {
    this.zone = zone;
    this.stamp = stamp;
  }

  public String write(String planId, List<CalendarDose> doses) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    TimeZone timeZone = registry.getTimeZone(zone.getId());
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Tonus//Baclofen dose plan//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(timeZone.getVTimeZone());
    int number = 0;
    for (CalendarDose dose : doses) {
      number++;
      ZonedDateTime start = dose.at().atZone(zone);
      VEvent event = new VEvent(start, DOSE_EVENT_LENGTH, dose.summary());
      event.add(new Uid(planId + "-" + number + "@tonus"));
      event.add(new DtStamp(stamp));
      event.add(new Description(dose.description()));
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
