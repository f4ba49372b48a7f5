package org.tonus.core.knowledge;

import java.util.List;

/**
 * A condition with the codes health records use for it (ICD-10-CM codes or categories, SNOMED CT
 * concepts) and the plain words people write.
 */
public record Condition(
    String id,
    String name,
    List<String> icd10,
    List<String> snomed,
    List<String> synonyms,
    List<String> sources) {
  public Condition {
    icd10 = List.copyOf(icd10);
    snomed = List.copyOf(snomed);
    synonyms = List.copyOf(synonyms);
    sources = List.copyOf(sources);
  }
}
