package org.tonus.core.knowledge;

/** Pharmaceutical forms of baclofen products. */
public enum ProductForm implements Coded {
  TABLET,
  ORAL_SOLUTION,
  ORAL_SUSPENSION,
  ORAL_GRANULES,
  ORALLY_DISINTEGRATING_TABLET,
  INTRATHECAL_INJECTION
}
