package org.tonus.core.supply;

/** What a dispensed quantity and a daily use are counted in: whole or part tablets, or mL. */
public enum DispensedUnit {
  TABLET("tablets"),
  ML("mL");

  private final String plural;

  DispensedUnit(String plural) {
    this.plural = plural;
  }

  /** The word for an amount of this unit in messages ("tablets", "mL"). */
  public String plural() {
    return plural;
  }
}
