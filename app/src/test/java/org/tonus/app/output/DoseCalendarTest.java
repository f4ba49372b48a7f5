package org.tonus.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class DoseCalendarTest {

  @Test
  void dosesKeepTheirLocalClockTimeAcrossTheDaylightSavingChange() throws Exception {
    // The UK leaves summer time on 2026-10-25: 08:00 is 07:00Z before and 08:00Z after.
    DoseCalendar calendar =
        new DoseCalendar(ZoneId.of("Europe/London"), Instant.parse("2026-10-01T00:00:00Z"));
    String ics =
        calendar.write(
            "titrate-1",
            List.of(
                new CalendarDose(
                    LocalDateTime.parse("2026-10-24T08:00"),
                    "Baclofen 5 mg (1 x 5 mg tablet)",
                    "Day 1 of 3: 5 mg three times a day"),
                new CalendarDose(
                    LocalDateTime.parse("2026-10-26T08:00"),
                    "Baclofen 10 mg (1 x 10 mg tablet)",
                    "Day 4: 10 mg three times a day")));

    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = parsed.getComponents(VEvent.VEVENT);

    assertThat(ics).contains("BEGIN:VTIMEZONE").contains("TZID:Europe/London");
    assertThat(events).hasSize(2);
    assertThat(ics)
        .contains("DTSTART;TZID=Europe/London:20261024T080000")
        .contains("DTSTART;TZID=Europe/London:20261026T080000")
        .contains("SUMMARY:Baclofen 5 mg (1 x 5 mg tablet)")
        .contains("UID:titrate-1-2@tonus");
  }
}
