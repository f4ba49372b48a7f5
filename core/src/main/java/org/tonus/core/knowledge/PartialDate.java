package org.tonus.core.knowledge;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date known to the year, the month or the day, as sources give them ("1977", "2019-09-18"). */
public record PartialDate(int year, OptionalInt month, OptionalInt day) {

  private static final Pattern FORMAT =
      Pattern.compile("(?<year>\\d{4})(?:-(?<month>\\d{2})(?:-(?<day>\\d{2}))?)?");

  public PartialDate {
    if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
      throw new IllegalArgumentException("month out of range: " + month.getAsInt());
    }
    if (day.isPresent()
        && (month.isEmpty()
            || !java.time.YearMonth.of(year, month.getAsInt()).isValidDay(day.getAsInt()))) {
      throw new IllegalArgumentException("day out of range: " + day.getAsInt());
    }
  }

  /** Reads YYYY, YYYY-MM or YYYY-MM-DD; anything else is an IllegalArgumentException. */
  public static PartialDate parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    return new PartialDate(
        Integer.parseInt(m.group("year")), optional(m.group("month")), optional(m.group("day")));
  }

  private static OptionalInt optional(String group) {
    return group == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(group));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(Integer.toString(year));
    month.ifPresent(m -> out.append(String.format("-%02d", m)));
    day.ifPresent(d -> out.append(String.format("-%02d", d)));
    return out.toString();
  }
}
