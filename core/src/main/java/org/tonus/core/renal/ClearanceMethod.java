package org.tonus.core.renal;

/** How a creatinine clearance was obtained. */
public enum ClearanceMethod {
  /** Estimated from age, weight, sex and serum creatinine (fact REN-06). */
  COCKCROFT_GAULT,
  /** Measured or estimated elsewhere and given in the request. */
  GIVEN
}
