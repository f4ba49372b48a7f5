package org.tonus.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.tonus.core.check.AllergyMention;
import org.tonus.core.check.ConditionMention;

/**
 * Conditions and allergies as the checker's mentions. Resolved, inactive, in remission, refuted and
 * entered-in-error records are skipped; a record with neither code nor text says nothing the
 * checker could match and is skipped too.
 */
final class MentionReader {
  static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

  private static final Set<String> NOT_CURRENT = Set.of("inactive", "remission", "resolved");
  private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

  private MentionReader() {}

  static List<ConditionMention> conditions(List<Condition> conditions) {
    List<ConditionMention> mentions = new ArrayList<>();
    for (Condition condition : conditions) {
      if (anyCode(condition.getClinicalStatus(), NOT_CURRENT)
          || anyCode(condition.getVerificationStatus(), NOT_TRUE)) {
        continue;
      }
      CodeableConcept code = condition.getCode();
      Optional<String> text = MedicationNames.text(code);
      Optional<String> icd10 = codeIn(code, ICD10_CM);
      Optional<String> snomed = codeIn(code, DosageReader.SNOMED);
      if (text.isPresent() || icd10.isPresent() || snomed.isPresent()) {
        mentions.add(new ConditionMention(text, icd10, snomed));
      }
    }
    return mentions;
  }

  static List<AllergyMention> allergies(List<AllergyIntolerance> allergies) {
    List<AllergyMention> mentions = new ArrayList<>();
    for (AllergyIntolerance allergy : allergies) {
      if (anyCode(allergy.getClinicalStatus(), NOT_CURRENT)
          || anyCode(allergy.getVerificationStatus(), NOT_TRUE)) {
        continue;
      }
      Optional<String> substance = MedicationNames.text(allergy.getCode());
      if (substance.isPresent()) {
        mentions.add(new AllergyMention(substance.get(), reaction(allergy)));
      }
    }
    return mentions;
  }

  private static Optional<String> reaction(AllergyIntolerance allergy) {
    for (AllergyIntolerance.AllergyIntoleranceReactionComponent reaction : allergy.getReaction()) {
      for (CodeableConcept manifestation : reaction.getManifestation()) {
        Optional<String> words = MedicationNames.text(manifestation);
        if (words.isPresent()) {
          return words;
        }
      }
      if (reaction.hasDescription() && !reaction.getDescription().isBlank()) {
        return Optional.of(reaction.getDescription().trim());
      }
    }
    return Optional.empty();
  }

  private static boolean anyCode(CodeableConcept concept, Set<String> codes) {
    return concept.getCoding().stream().map(Coding::getCode).anyMatch(codes::contains);
  }

  private static Optional<String> codeIn(CodeableConcept concept, String system) {
    return concept.getCoding().stream()
        .filter(c -> system.equals(c.getSystem()) && c.hasCode() && !c.getCode().isBlank())
        .map(c -> c.getCode().trim())
        .findFirst();
  }
}
