package org.tonus.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.MedicationKnowledge;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.tonus.core.knowledge.Condition;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.IndicationStatus;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.MarketStatus;
import org.tonus.core.knowledge.ProductForm;
import org.tonus.core.quantity.Unit;

/**
 * The monograph's computable parts as one R4 {@link MedicationKnowledge}: the drug's RxNorm and ATC
 * codes, brands and other names, routes, forms and the marketed strengths and concentrations of a
 * jurisdiction as drug characteristics, and administration guidelines per jurisdiction (the
 * labelled indications, then start, titration, frequency, usual range and maximum as dosage text
 * with the fact id and sources). R4 has no indication guideline and refers to contraindications by
 * reference, so these are contained DetectedIssues. Every text carries its fact id and sources.
 */
public final class MedicationKnowledgeWriter {
  static final String ATC = "http://www.whocc.no/atc";
  static final String INTRATHECAL_ROUTE = "72607000";

  private static final List<FactKind> DOSING =
      List.of(
          FactKind.START_DOSE,
          FactKind.TITRATION_STEP,
          FactKind.DOSE_FREQUENCY,
          FactKind.USUAL_RANGE,
          FactKind.MAXIMUM_DOSE);

  private final Knowledge knowledge;
  private final Drug drug;

  public MedicationKnowledgeWriter(Knowledge knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.drug = new MedicationNames(knowledge).drug();
  }

  /**
   * @param jurisdiction whose products and contraindications to list (guidelines cover all)
   * @param monographUrl where the readable monograph is served, e.g. {@code
   *     https://tonus.example.org/api/monograph}, when there is one
   */
  public MedicationKnowledge write(Jurisdiction jurisdiction, Optional<String> monographUrl) {
    MedicationKnowledge medication = new MedicationKnowledge();
    medication.setStatus(MedicationKnowledge.MedicationKnowledgeStatus.ACTIVE);
    CodeableConcept code = new CodeableConcept().setText(drug.name());
    drug.rxnorm()
        .ifPresent(c -> code.addCoding(new Coding(MedicationNames.RXNORM, c, drug.name())));
    medication.setCode(code);
    Set<String> synonyms = new LinkedHashSet<>(drug.brands());
    synonyms.addAll(drug.synonyms());
    synonyms.forEach(medication::addSynonym);
    drug.atc()
        .ifPresent(
            atc ->
                medication
                    .addMedicineClassification()
                    .setType(new CodeableConcept().setText("ATC"))
                    .addClassification(new CodeableConcept(new Coding(ATC, atc, null))));
    medication.addIntendedRoute(route(PlanDosages.ORAL_ROUTE, "Oral route"));
    medication.addIntendedRoute(route(INTRATHECAL_ROUTE, "Intrathecal route"));
    products(medication, jurisdiction);
    for (Jurisdiction each : Jurisdiction.values()) {
      guidelines(medication, each);
    }
    contraindications(medication, jurisdiction);
    monographUrl.ifPresent(url -> monograph(medication, url, jurisdiction));
    return medication;
  }

  private void products(MedicationKnowledge medication, Jurisdiction jurisdiction) {
    Set<String> forms = new LinkedHashSet<>();
    for (Fact product : knowledge.facts(FactKind.PRODUCT)) {
      if (!product.scope().appliesIn(jurisdiction)
          || product.values().choice(FactField.MARKET_STATUS, MarketStatus.class).orElse(null)
              != MarketStatus.MARKETED) {
        continue;
      }
      String form =
          product
              .values()
              .choice(FactField.FORM, ProductForm.class)
              .map(ProductForm::code)
              .orElse("product");
      forms.add(form);
      Optional<org.tonus.core.quantity.Quantity> amount =
          product
              .values()
              .quantity(FactField.STRENGTH)
              .or(() -> product.values().quantity(FactField.CONCENTRATION_VALUE));
      if (amount.isEmpty()) {
        continue;
      }
      medication
          .addDrugCharacteristic()
          .setType(
              new CodeableConcept()
                  .setText(
                      form
                          + (product.values().has(FactField.STRENGTH)
                              ? " strength"
                              : " concentration")
                          + " "
                          + cited(product)))
          .setValue(quantity(amount.get()));
    }
    medication.setDoseForm(new CodeableConcept().setText(String.join("; ", forms)));
  }

  private void guidelines(MedicationKnowledge medication, Jurisdiction jurisdiction) {
    MedicationKnowledge.MedicationKnowledgeAdministrationGuidelinesComponent guideline =
        medication.addAdministrationGuidelines();
    List<String> labelled = new ArrayList<>();
    for (Fact indication : knowledge.facts(FactKind.INDICATION)) {
      Optional<IndicationStatus> status =
          indication.values().choice(FactField.INDICATION_STATUS, IndicationStatus.class);
      if (indication.scope().appliesIn(jurisdiction)
          && status
              .filter(s -> s == IndicationStatus.LABELLED || s == IndicationStatus.LICENSED)
              .isPresent()) {
        labelled.add(conditionName(indication) + " " + cited(indication));
      }
    }
    guideline.setIndication(
        new CodeableConcept()
            .setText(
                "Labelled uses in the "
                    + jurisdiction
                    + ": "
                    + (labelled.isEmpty() ? "none listed" : String.join("; ", labelled))));
    for (FactKind kind : DOSING) {
      for (Fact fact : knowledge.facts(kind)) {
        if (fact.scope().jurisdiction().filter(j -> j == jurisdiction).isEmpty()) {
          continue;
        }
        guideline
            .addDosage()
            .setType(new CodeableConcept().setText(kind.code() + scope(fact)))
            .addDosage()
            .setText(fact.text() + " " + cited(fact));
      }
    }
    guideline
        .addPatientCharacteristics()
        .setCharacteristic(new CodeableConcept().setText("jurisdiction"))
        .addValue(jurisdiction.name());
  }

  private void contraindications(MedicationKnowledge medication, Jurisdiction jurisdiction) {
    for (Fact fact : knowledge.facts(FactKind.CONTRAINDICATION)) {
      if (!fact.scope().appliesIn(jurisdiction)) {
        continue;
      }
      DetectedIssue issue = new DetectedIssue();
      issue.setId(fact.id());
      issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
      issue.setCode(
          new CodeableConcept(new Coding(TonusCodes.ALERT_CODE, "CONTRAINDICATION", null))
              .setText(conditionName(fact)));
      issue.setSeverity(DetectedIssue.DetectedIssueSeverity.HIGH);
      issue.setDetail(fact.text() + " " + cited(fact));
      firstUrl(fact).ifPresent(issue::setReference);
      medication.addContained(issue);
      medication.addContraindication(new Reference("#" + fact.id()));
    }
  }

  private void monograph(MedicationKnowledge medication, String url, Jurisdiction jurisdiction) {
    DocumentReference document = new DocumentReference();
    document.setId("monograph");
    document.setStatus(DocumentReferenceStatus.CURRENT);
    document.setDescription(
        "Tonus "
            + drug.name()
            + " monograph ("
            + jurisdiction
            + "), every statement with its sources");
    document.addContent().setAttachment(new Attachment().setContentType("text/html").setUrl(url));
    medication.addContained(document);
    medication
        .addMonograph()
        .setType(new CodeableConcept().setText("monograph"))
        .setSource(new Reference("#monograph"));
  }

  private String conditionName(Fact fact) {
    return fact.values()
        .reference(FactField.CONDITION)
        .flatMap(r -> knowledge.conditions().condition(r.id()))
        .map(Condition::name)
        .orElse(fact.text());
  }

  private Optional<String> firstUrl(Fact fact) {
    return SourceUrls.first(knowledge, fact.sources());
  }

  /** "[DOSE-US-01; sources: us-label-2024, seed-003]". */
  private static String cited(Fact fact) {
    return "[" + fact.id() + "; sources: " + String.join(", ", fact.sources()) + "]";
  }

  private static String scope(Fact fact) {
    List<String> parts = new ArrayList<>();
    fact.scope().route().ifPresent(r -> parts.add(r.code()));
    fact.scope().population().ifPresent(p -> parts.add(p.code()));
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static CodeableConcept route(String snomed, String display) {
    return new CodeableConcept(new Coding(DosageReader.SNOMED, snomed, display))
        .setText(display.toLowerCase(Locale.ROOT));
  }

  /** An exact amount with its UCUM unit (mcg is written ug in UCUM). */
  private static Quantity quantity(org.tonus.core.quantity.Quantity amount) {
    String ucum =
        amount.unit() == Unit.MCG
            ? "ug"
            : amount.unit() == Unit.MCG_PER_ML ? "ug/mL" : amount.unit().symbol();
    return new Quantity()
        .setValue(amount.amount())
        .setUnit(amount.unit().symbol())
        .setSystem(DosageReader.UCUM)
        .setCode(ucum);
  }
}
