package org.tonus.core.knowledge;

/** How often an effect occurs when a source gives no percentage. */
public enum FrequencyWord implements Coded {
  COMMON,
  UNCOMMON,
  RARE,
  REPORTED
}
