package org.tonus.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.fhir.lean.Lean;
import org.tonus.fhir.lean.LeanIntake;

/**
 * Names the medicine of a MedicationRequest or MedicationStatement and recognises the pack's drug
 * (baclofen) by its RxNorm ingredient code or, through the drug vocabulary, by a name or brand in
 * the text or a coding's display. Never guesses: an unknown name is simply not baclofen.
 */
final class MedicationNames {
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  private final Drug drug;
  private final LeanIntake rules;

  MedicationNames(Knowledge knowledge) {
    this.rules = new LeanIntake(knowledge);
    this.drug =
        knowledge
            .drugs()
            .drug(knowledge.name())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the pack's drug " + knowledge.name() + " is not in its vocabulary"));
  }

  /** The pack's drug, e.g. baclofen with its RxNorm code. */
  Drug drug() {
    return drug;
  }

  /**
   * The concept of {@code medication} (the element {@code medication[x]} of {@code owner}): the
   * CodeableConcept itself, or the code of the referenced Medication, found among the owner's
   * contained resources or in {@code medications}.
   */
  CodeableConcept concept(Type medication, DomainResource owner, List<Medication> medications) {
    if (medication instanceof CodeableConcept concept) {
      return concept;
    }
    if (medication instanceof Reference reference) {
      String ref = reference.getReference();
      if (ref != null) {
        for (Resource contained : owner.getContained()) {
          if (contained instanceof Medication m
              && (ref.equals("#" + idPart(m)) || ref.equals(idPart(m)))) {
            return m.getCode();
          }
        }
        for (Medication m : medications) {
          if (ref.equals("Medication/" + idPart(m)) || ref.endsWith("/Medication/" + idPart(m))) {
            return m.getCode();
          }
        }
      }
      if (reference.hasDisplay()) {
        return new CodeableConcept().setText(reference.getDisplay());
      }
      throw new FhirInputException(
          ResourceLabel.of(owner)
              + " medicationReference "
              + (ref == null ? "(empty)" : ref)
              + " is not in the input and has no display; include the Medication or use"
              + " medicationCodeableConcept");
    }
    throw new FhirInputException(
        ResourceLabel.of(owner)
            + " has no medication[x]; give medicationCodeableConcept or medicationReference");
  }

  /**
   * Words for the medicine: the concept's text, else the first coding display (the lean rule,
   * {@link Lean.Concept#words()}, over the same values).
   */
  static Optional<String> text(CodeableConcept concept) {
    return lean(concept).words();
  }

  /**
   * The name by which the concept is the pack's drug ("baclofen", "Lioresal"), a name the sig
   * parser reads; empty when it is another medicine. One rule for both readings: {@link
   * LeanIntake#packDrugName} over the concept's values.
   */
  Optional<String> packDrugName(CodeableConcept concept) {
    return rules.packDrugName(lean(concept));
  }

  /** Whether the text names the pack's drug by a name, brand or synonym. */
  boolean names(String text) {
    return rules.names(text);
  }

  /** The concept's values as the lean reader holds them (absent parts empty). */
  static Lean.Concept lean(CodeableConcept concept) {
    if (concept.getCoding().isEmpty()) {
      return concept.hasText()
          ? new Lean.Concept(orEmpty(concept.getText()), List.of())
          : Lean.Concept.EMPTY;
    }
    List<Lean.Code> codes = new ArrayList<>(concept.getCoding().size());
    for (Coding coding : concept.getCoding()) {
      codes.add(
          new Lean.Code(
              orEmpty(coding.getSystem()),
              orEmpty(coding.getCode()),
              orEmpty(coding.getDisplay())));
    }
    return new Lean.Concept(orEmpty(concept.getText()), codes);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String idPart(Resource resource) {
    return resource.getIdElement().getIdPart();
  }
}
