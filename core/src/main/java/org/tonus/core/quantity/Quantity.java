package org.tonus.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount with its unit, such as 80 mg/day or 2000 mcg/mL. Amounts are never negative and
 * never doubles; a concentration written per volume ("5 mg/5 mL") is reduced to per-mL when parsed.
 */
public record Quantity(BigDecimal amount, Unit unit) {

  private static final Pattern SIMPLE =
      Pattern.compile("(?<amount>\\d+(?:\\.\\d+)?)\\s*(?<unit>\\S.*)");
  private static final Pattern PER_VOLUME =
      Pattern.compile(
          "(?<amount>\\d+(?:\\.\\d+)?)\\s*(?<mass>mg|mcg|µg|ug|g)\\s*/\\s*(?<volume>\\d+(?:\\.\\d+)?)\\s*ml",
          Pattern.CASE_INSENSITIVE);

  public Quantity {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount + " " + unit);
    }
    // A whole number at scale 0 is already in normal form: skip the strip, which allocates, for
    // the amounts sigs write most ("10 mg"). Other scales strip as before, never below scale 0.
    if (amount.scale() != 0) {
      amount = amount.stripTrailingZeros();
      if (amount.scale() < 0) {
        amount = amount.setScale(0);
      }
    }
  }

  public static Quantity of(String amount, Unit unit) {
    return new Quantity(new BigDecimal(amount), unit);
  }

  /**
   * Reads "80 mg/day", "2000 mcg/mL" or "5 mg/5 mL". Throws {@link QuantityFormatException} naming
   * the part it could not read.
   */
  public static Quantity parse(String text) {
    String trimmed = text.trim();
    Matcher perVolume = PER_VOLUME.matcher(trimmed);
    if (perVolume.matches()) {
      return perVolume(perVolume);
    }
    if (trimmed.matches("\\d+(\\.\\d+)?")) {
      throw new QuantityFormatException("'" + trimmed + "' has no unit");
    }
    Matcher simple = SIMPLE.matcher(trimmed);
    if (!simple.matches()) {
      throw new QuantityFormatException("'" + trimmed + "' is not an amount with a unit");
    }
    String unitText = simple.group("unit").trim();
    Unit unit =
        Unit.fromSymbol(unitText)
            .orElseThrow(
                () -> new QuantityFormatException("unit '" + unitText + "' is not a known unit"));
    return new Quantity(new BigDecimal(simple.group("amount")), unit);
  }

  private static Quantity perVolume(Matcher matcher) {
    BigDecimal volume = new BigDecimal(matcher.group("volume"));
    if (volume.signum() == 0) {
      throw new QuantityFormatException("a concentration cannot be per 0 mL");
    }
    Unit mass = Unit.fromSymbol(matcher.group("mass")).orElseThrow();
    BigDecimal micrograms = new BigDecimal(matcher.group("amount")).multiply(mass.sizeInBaseUnit());
    BigDecimal perMl = micrograms.divide(volume, java.math.MathContext.DECIMAL64);
    Unit unit = mass == Unit.MCG ? Unit.MCG_PER_ML : Unit.MG_PER_ML;
    return new Quantity(perMl.divide(unit.sizeInBaseUnit(), java.math.MathContext.DECIMAL64), unit);
  }

  /** Converts to another unit of the same dimension; an impossible conversion is an error. */
  public Quantity to(Unit target) {
    if (target.dimension() != unit.dimension()) {
      throw new IllegalArgumentException(
          "cannot convert " + this + " to " + target + ": different kinds of quantity");
    }
    BigDecimal base = amount.multiply(unit.sizeInBaseUnit());
    return new Quantity(
        base.divide(target.sizeInBaseUnit(), java.math.MathContext.DECIMAL64), target);
  }

  public Dimension dimension() {
    return unit.dimension();
  }

  @Override
  public String toString() {
    String number = amount.toPlainString();
    return unit == Unit.PERCENT ? number + " %" : number + " " + unit.symbol();
  }
}
