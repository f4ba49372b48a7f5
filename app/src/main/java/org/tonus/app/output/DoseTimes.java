package org.tonus.app.output;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Clock times used for a day's doses when the request gives none, by the number of doses a day:
 * spread over the waking day, with one daily dose at bedtime as the labels' hs/nocte doses are.
 * Every calendar Tonus writes (plans, the patient's feed) says they are suggestions.
 */
public final class DoseTimes {
  public static final Map<Integer, List<LocalTime>> DEFAULT =
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
