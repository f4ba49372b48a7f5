package org.tonus.store;

/** Where a stored regimen came from: a titration or taper plan, or entered by hand. */
public enum RegimenSource {
  PLAN,
  ENTERED
}
