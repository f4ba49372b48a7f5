package org.tonus.core.knowledge;

/** Checker severity of an interaction (policy, not a label grade). */
public enum InteractionSeverity implements Coded {
  HIGH,
  MODERATE,
  LOW
}
