package org.tonus.core.knowledge;

/** Whether a product or brand can still be had. */
public enum MarketStatus implements Coded {
  MARKETED,
  DISCONTINUED,
  DISTRIBUTION_ENDED
}
