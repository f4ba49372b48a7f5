package org.tonus.core.sig;

/**
 * How doses are spread over time: regular doses a day, a single dose ("bolus x1", "test dose"), or
 * a continuous infusion whose dose is stated per day ("500 mcg/day IT").
 */
public enum FrequencyPattern {
  REGULAR,
  ONCE,
  CONTINUOUS
}
