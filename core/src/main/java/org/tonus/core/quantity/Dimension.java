package org.tonus.core.quantity;

/** What a unit measures; a fact field accepts only units of the dimensions it names. */
public enum Dimension {
  MASS("an amount (g, mg or mcg)"),
  VOLUME("a volume (mL)"),
  CONCENTRATION("a concentration (mg/mL or mcg/mL)"),
  DAILY_DOSE("a daily dose (mg/day or mcg/day)"),
  WEIGHT_BASED_DAILY_DOSE("a weight-based daily dose (mg/kg/day)"),
  BODY_WEIGHT("a body weight (kg)"),
  CLEARANCE("a clearance (mL/min)"),
  TEMPERATURE("a temperature (°C)"),
  PERCENT("a percentage (%)"),
  DURATION("a duration (h)"),
  /** Biological activity in units (insulin and other co-medications dosed in units). */
  ACTIVITY("an amount in units (insulin)");

  private final String description;

  Dimension(String description) {
    this.description = description;
  }

  /** Names the dimension and its units, for messages that say what would be accepted. */
  public String description() {
    return description;
  }
}
