package org.tonus.core.quantity;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A closed range such as 40-80 mg/day; both ends share one unit and low never exceeds high. */
public record QuantityRange(Quantity low, Quantity high) {

  private static final Pattern RANGE =
      Pattern.compile(
          "(?<low>\\d+(?:\\.\\d+)?)\\s*(?:-|–|to)\\s*(?<high>\\d+(?:\\.\\d+)?)\\s*(?<unit>\\S.*)");

  public QuantityRange {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (low.unit() != high.unit()) {
      throw new IllegalArgumentException("range ends differ in unit: " + low + " and " + high);
    }
    if (low.amount().compareTo(high.amount()) > 0) {
      throw new IllegalArgumentException("range starts above its end: " + low + " to " + high);
    }
  }

  /** Reads "40-80 mg/day"; a single quantity ("80 mg/day") is a range of one value. */
  public static QuantityRange parse(String text) {
    Matcher matcher = RANGE.matcher(text.trim());
    if (!matcher.matches()) {
      Quantity single = Quantity.parse(text);
      return new QuantityRange(single, single);
    }
    Quantity high = Quantity.parse(matcher.group("high") + " " + matcher.group("unit"));
    Quantity low = Quantity.parse(matcher.group("low") + " " + matcher.group("unit"));
    if (low.amount().compareTo(high.amount()) > 0) {
      throw new QuantityFormatException("range '" + text.trim() + "' starts above its end");
    }
    return new QuantityRange(low, high);
  }

  public Unit unit() {
    return low.unit();
  }

  @Override
  public String toString() {
    if (low.equals(high)) {
      return low.toString();
    }
    return low.amount().toPlainString() + "-" + high;
  }
}
