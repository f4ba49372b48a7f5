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

/**
 * Names the medicine of a MedicationRequest or MedicationStatement and recognises the pack's drug
 * (baclofen) by its RxNorm ingredient code or, through the drug vocabulary, by a name or brand in
 * the text or a coding's display. Never guesses: an unknown name is simply not baclofen.
 */
final class MedicationNames {
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  /** Between words of a medicine's name; compiled once (String.split would compile it per call). */
  private static final java.util.regex.Pattern NOT_A_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]+");

  private final Knowledge knowledge;
  private final Drug drug;

  MedicationNames(Knowledge knowledge) {
    this.knowledge = knowledge;
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

  /** Words for the medicine: the concept's text, else the first coding display, else a code. */
  static Optional<String> text(CodeableConcept concept) {
    if (concept.hasText() && !concept.getText().isBlank()) {
      return Optional.of(concept.getText().trim());
    }
    for (Coding coding : concept.getCoding()) {
      if (coding.hasDisplay() && !coding.getDisplay().isBlank()) {
        return Optional.of(coding.getDisplay().trim());
      }
    }
    return Optional.empty();
  }

  /**
   * The name by which the concept is the pack's drug ("baclofen", "Lioresal"), a name the sig
   * parser reads; empty when it is another medicine.
   */
  Optional<String> packDrugName(CodeableConcept concept) {
    for (Coding coding : concept.getCoding()) {
      if (RXNORM.equals(coding.getSystem())
          && coding.hasCode()
          && knowledge.drugs().byRxnorm(coding.getCode()).filter(this::isPackDrug).isPresent()) {
        return Optional.of(drug.name());
      }
    }
    List<String> texts = new ArrayList<>();
    if (concept.hasText()) {
      texts.add(concept.getText());
    }
    concept.getCoding().stream().filter(Coding::hasDisplay).forEach(c -> texts.add(c.getDisplay()));
    for (String text : texts) {
      Optional<String> name = nameIn(text);
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /** Whether the text names the pack's drug by a name, brand or synonym. */
  boolean names(String text) {
    return nameIn(text).isPresent();
  }

  private Optional<String> nameIn(String text) {
    String[] words = NOT_A_WORD.split(text.trim());
    for (int i = 0; i < words.length; i++) {
      if (i + 1 < words.length) {
        String pair = words[i] + " " + words[i + 1];
        if (knowledge.drugs().byName(pair).filter(this::isPackDrug).isPresent()) {
          return Optional.of(pair);
        }
      }
      if (!words[i].isBlank()
          && knowledge.drugs().byName(words[i]).filter(this::isPackDrug).isPresent()) {
        return Optional.of(words[i]);
      }
    }
    return Optional.empty();
  }

  private boolean isPackDrug(Drug candidate) {
    return candidate.id().equals(drug.id());
  }

  private static String idPart(Resource resource) {
    return resource.getIdElement().getIdPart();
  }
}
