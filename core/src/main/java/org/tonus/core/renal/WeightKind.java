package org.tonus.core.renal;

/** Which body weight a clearance estimate used; the result always says which. */
public enum WeightKind {
  /** The patient's measured weight, used unless the request names another. */
  ACTUAL,
  IDEAL,
  ADJUSTED
}
