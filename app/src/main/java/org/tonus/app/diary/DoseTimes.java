package org.tonus.app.diary;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The clock times of a day's doses by the number of doses a day, spread over waking hours; the same
 * defaults as the plan calendars of {@code tonus plan --format ics}.
 */
final class DoseTimes {
  static final Map<Integer, List<LocalTime>> DEFAULT =
      Map.of(
          1, List.of(LocalTime.of(21, 0)),
          2, List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)),
          3, List.of(LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(20, 0)),
          4,
              List.of(
                  LocalTime.of(8, 0),
                  LocalTime.of(12, 0),
                  LocalTime.of(16, 0),
                  LocalTime.of(20, 0)));

  private DoseTimes() {}
}
