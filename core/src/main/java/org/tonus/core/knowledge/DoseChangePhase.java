package org.tonus.core.knowledge;

/** The intrathecal phase a dose-change cap applies to. */
public enum DoseChangePhase implements Coded {
  TITRATION,
  MAINTENANCE
}
