package org.tonus.core.knowledge;

import static org.tonus.core.knowledge.FactField.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kinds of fact a section may hold. A kind says which typed fields a fact must carry, which it
 * may carry, and which groups need exactly one member present (a product has a strength or a
 * concentration, never both).
 */
public enum FactKind implements Coded {
  STATEMENT(List.of(), List.of(MULTIPLIER)),
  CODE(List.of(CODE_SYSTEM, FactField.CODE), List.of()),
  APPROVAL(List.of(APPROVED_PRODUCT), List.of(DATE)),
  BRAND(List.of(BRAND_NAME, MARKET_STATUS), List.of(FORMS)),
  INDICATION(List.of(CONDITION, INDICATION_STATUS), List.of(SEVERITY)),
  PRODUCT(
      List.of(FORM, MARKET_STATUS),
      List.of(FactField.BRAND, SCORED, PACKAGES),
      Set.of(STRENGTH, CONCENTRATION_VALUE)),
  DOSE_FREQUENCY(List.of(TIMES_PER_DAY), List.of()),
  START_DOSE(List.of(), List.of(TIMES_PER_DAY), Set.of(DOSE, DAILY)),
  TITRATION_STEP(List.of(STEP, INTERVAL_DAYS), List.of(UP_TO)),
  USUAL_RANGE(List.of(DAILY_RANGE), List.of()),
  MAXIMUM_DOSE(List.of(MAX), List.of(SETTING)),
  DOSE_REFERENCE(List.of(DAILY), List.of(SETTING)),
  RENAL_BAND(List.of(), List.of(REDUCTION, DAILY, RENAL_BASIS), Set.of(CRCL, CRCL_BELOW)),
  EQUATION(List.of(EQUATION_NAME), List.of()),
  SCREENING_DOSE(
      List.of(SCREENING_ORDER, DOSE, CONCENTRATION_VALUE),
      List.of(VOLUME_VALUE, AFTER_HOURS, OBSERVE)),
  IMPLANT_START(List.of(MULTIPLIER), List.of(EFFECT_LONGER_THAN)),
  DOSE_CHANGE_CAP(List.of(ORIGIN, PHASE, INCREASE), List.of(DECREASE, PER)),
  MAINTENANCE_RANGE(List.of(DAILY_RANGE), List.of(ORIGIN)),
  EXPERIENCE_LIMIT(List.of(ABOVE), List.of()),
  CONTRAINDICATION(List.of(CONDITION), List.of()),
  CAUTION(List.of(), List.of(CONDITION, CONDITIONS, DRUG_CLASS)),
  ADVERSE_EFFECT(List.of(SYMPTOM, BODY_SYSTEM), List.of(FREQUENCY, FREQUENCY_WORD)),
  SEEK_CARE(List.of(SYMPTOMS, CARE_ACTION), List.of()),
  OVERDOSE_SIGN(List.of(SYMPTOMS), List.of()),
  WITHDRAWAL_SIGN(List.of(SYMPTOMS), List.of(EARLY)),
  TAPER(List.of(), List.of(MINIMUM_DAYS, TYPICAL_DAYS)),
  MISSED_DOSE(List.of(MISSED_DOSE_RULE), List.of(HOURS)),
  INTERACTION(List.of(SEVERITY, ADVICE), List.of(ALCOHOL_USE), Set.of(DRUG, DRUG_CLASS)),
  STORAGE(List.of(), List.of(TEMPERATURE_RANGE, REFRIGERATE, STORED_PRODUCT)),
  REPORTING(List.of(CONTACT), List.of()),
  THRESHOLD(List.of(ABOVE), List.of());

  private final List<FactField> required;
  private final List<FactField> optional;
  private final Set<FactField> exactlyOneOf;

  FactKind(List<FactField> required, List<FactField> optional) {
    this(required, optional, Set.of());
  }

  FactKind(List<FactField> required, List<FactField> optional, Set<FactField> exactlyOneOf) {
    this.required = required;
    this.optional = optional;
    this.exactlyOneOf = exactlyOneOf;
  }

  public List<FactField> required() {
    return required;
  }

  /** Fields of which exactly one must be present; empty when the kind has no such choice. */
  public Set<FactField> exactlyOneOf() {
    return exactlyOneOf;
  }

  /** The field this kind calls {@code key} in the pack, if it has one. */
  public Optional<FactField> field(String key) {
    return allowed().filter(f -> f.key().equals(key)).findFirst();
  }

  /** Every field a fact of this kind may carry. */
  public Stream<FactField> allowed() {
    return Stream.of(required.stream(), optional.stream(), exactlyOneOf.stream().sorted())
        .flatMap(s -> s);
  }
}
