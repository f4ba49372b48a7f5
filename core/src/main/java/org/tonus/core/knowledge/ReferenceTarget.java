package org.tonus.core.knowledge;

/** The vocabularies a fact may point into. */
public enum ReferenceTarget {
  CONDITION("condition", "vocabulary/conditions.yaml"),
  SYMPTOM("symptom", "vocabulary/symptoms.yaml"),
  DRUG("drug", "vocabulary/drugs.yaml"),
  DRUG_CLASS("drug class", "vocabulary/drugs.yaml");

  private final String noun;
  private final String file;

  ReferenceTarget(String noun, String file) {
    this.noun = noun;
    this.file = file;
  }

  public String noun() {
    return noun;
  }

  public String file() {
    return file;
  }
}
