package org.tonus.core.alert;

/**
 * The stable alert codes of DESIGN.md: clients, tests and reports depend on these names, so a code
 * is never renamed or reused for another meaning.
 */
public enum AlertCode {
  DOSE_ABOVE_MAX,
  TITRATION_TOO_FAST,
  FREQUENCY_UNUSUAL,
  UNIT_ERROR,
  ROUTE_ERROR,
  RENAL_ADJUST,
  PEDIATRIC_LIMIT,
  PREGNANCY_LACTATION,
  CONTRAINDICATION,
  CAUTION,
  OFF_LABEL,
  INTERACTION,
  DUPLICATE_THERAPY,
  ABRUPT_STOP_RISK,
  INVALID_ORDER,
  SEEK_CARE_NOW,
  OVERDOSE_SIGNS,
  WITHDRAWAL_SIGNS
}
