package org.tonus.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.tonus.core.check.AllergyMention;
import org.tonus.core.check.ConditionMention;
import org.tonus.fhir.lean.Lean;
import org.tonus.fhir.lean.LeanIntake;
import org.tonus.fhir.lean.LeanReader;

/**
 * Conditions and allergies as the checker's mentions. Resolved, inactive, in remission, refuted and
 * entered-in-error records are skipped; a record with neither code nor text says nothing the
 * checker could match and is skipped too. The rules are the lean ones ({@link LeanReader#current},
 * {@link LeanReader#reactionWords}, {@link LeanIntake#condition}, {@link LeanIntake#allergy}) over
 * the HAPI resources' values: one copy for both readings.
 */
final class MentionReader {
  private MentionReader() {}

  static List<ConditionMention> conditions(List<Condition> conditions) {
    List<ConditionMention> mentions = new ArrayList<>();
    for (Condition condition : conditions) {
      LeanIntake.condition(
              new Lean.ConditionRow(
                  "",
                  LeanReader.current(
                      MedicationNames.lean(condition.getClinicalStatus()),
                      MedicationNames.lean(condition.getVerificationStatus())),
                  MedicationNames.lean(condition.getCode())))
          .ifPresent(mentions::add);
    }
    return mentions;
  }

  static List<AllergyMention> allergies(List<AllergyIntolerance> allergies) {
    List<AllergyMention> mentions = new ArrayList<>();
    for (AllergyIntolerance allergy : allergies) {
      List<LeanReader.Reaction> reactions = new ArrayList<>();
      for (AllergyIntolerance.AllergyIntoleranceReactionComponent reaction :
          allergy.getReaction()) {
        reactions.add(
            new LeanReader.Reaction(
                reaction.getManifestation().stream().map(MedicationNames::lean).toList(),
                reaction.hasDescription() ? reaction.getDescription() : ""));
      }
      LeanIntake.allergy(
              new Lean.AllergyRow(
                  "",
                  LeanReader.current(
                      MedicationNames.lean(allergy.getClinicalStatus()),
                      MedicationNames.lean(allergy.getVerificationStatus())),
                  MedicationNames.lean(allergy.getCode()),
                  LeanReader.reactionWords(reactions)))
          .ifPresent(mentions::add);
    }
    return mentions;
  }
}
