package org.tonus.core.quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units Tonus accepts. Each unit knows its dimension and its size in the dimension's base unit
 * (micrograms for mass, micrograms per mL for concentration), so conversions are exact.
 */
public enum Unit {
  G("g", Dimension.MASS, "1000000"),
  MG("mg", Dimension.MASS, "1000"),
  MCG("mcg", Dimension.MASS, "1", "µg", "ug", "μg"),
  ML("mL", Dimension.VOLUME, "1", "ml"),
  MG_PER_ML("mg/mL", Dimension.CONCENTRATION, "1000", "mg/ml"),
  MCG_PER_ML("mcg/mL", Dimension.CONCENTRATION, "1", "mcg/ml", "µg/mL", "ug/mL"),
  MG_PER_DAY("mg/day", Dimension.DAILY_DOSE, "1000", "mg/d"),
  MCG_PER_DAY("mcg/day", Dimension.DAILY_DOSE, "1", "mcg/d", "µg/day", "ug/day"),
  MG_PER_KG_PER_DAY("mg/kg/day", Dimension.WEIGHT_BASED_DAILY_DOSE, "1", "mg/kg/d"),
  KG("kg", Dimension.BODY_WEIGHT, "1"),
  ML_PER_MIN("mL/min", Dimension.CLEARANCE, "1", "ml/min"),
  CELSIUS("°C", Dimension.TEMPERATURE, "1", "C"),
  PERCENT("%", Dimension.PERCENT, "1"),
  HOUR("h", Dimension.DURATION, "1", "hours", "hour"),
  // Written out on purpose: "U" and "IU" are on the ISMP list of error-prone abbreviations.
  UNITS("units", Dimension.ACTIVITY, "1", "unit");

  private static final Map<String, Unit> BY_SYMBOL = new HashMap<>();

  static {
    for (Unit unit : values()) {
      BY_SYMBOL.put(unit.symbol.toLowerCase(Locale.ROOT), unit);
      for (String alias : unit.aliases) {
        BY_SYMBOL.put(alias.toLowerCase(Locale.ROOT), unit);
      }
    }
  }

  private final String symbol;
  private final Dimension dimension;
  private final BigDecimal sizeInBaseUnit;
  private final List<String> aliases;

  Unit(String symbol, Dimension dimension, String sizeInBaseUnit, String... aliases) {
    this.symbol = symbol;
    this.dimension = dimension;
    this.sizeInBaseUnit = new BigDecimal(sizeInBaseUnit);
    this.aliases = List.of(aliases);
  }

  /** Finds a unit by its symbol or an accepted alias, ignoring case. */
  public static Optional<Unit> fromSymbol(String symbol) {
    return Optional.ofNullable(BY_SYMBOL.get(symbol.trim().toLowerCase(Locale.ROOT)));
  }

  public String symbol() {
    return symbol;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** The size of one of this unit in the base unit of its dimension (e.g. 1 mg = 1000 mcg). */
  public BigDecimal sizeInBaseUnit() {
    return sizeInBaseUnit;
  }

  @Override
  public String toString() {
    return symbol;
  }
}
