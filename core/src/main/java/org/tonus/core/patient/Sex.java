package org.tonus.core.patient;

/** Sex as used by the Cockcroft-Gault equation, which scales clearance for women. */
public enum Sex {
  FEMALE,
  MALE
}
