package org.tonus.core.renal;

/** Which body weight a clearance estimate used; the result always says which. */
public enum WeightKind {
  /** The patient's measured weight, used unless the request names another. */
  ACTUAL,
  IDEAL,
  ADJUSTED;

  // Read on every estimate's description: lower-cased once.
  private final String word = name().toLowerCase(java.util.Locale.ROOT);

  /** The kind in lower case, as descriptions write it: "actual". */
  String word() {
    return word;
  }
}
