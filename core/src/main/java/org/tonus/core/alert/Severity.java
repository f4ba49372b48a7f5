package org.tonus.core.alert;

import java.util.Locale;

/** How urgent an alert is; the same three words as CDS Hooks card indicators. */
public enum Severity {
  /** Do not proceed, or seek care now. */
  CRITICAL,
  /** Needs a clinician's decision. */
  WARNING,
  INFO;

  /** The word used in JSON and on cards: critical, warning, info. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
