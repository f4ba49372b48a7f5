package org.tonus.core.knowledge;

/** Where a patient is treated, when a limit depends on it. */
public enum Setting implements Coded {
  OUTPATIENT,
  HOSPITAL_INPATIENT
}
