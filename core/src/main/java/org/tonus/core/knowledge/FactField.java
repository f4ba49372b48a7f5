package org.tonus.core.knowledge;

import static org.tonus.core.knowledge.FieldType.amount;
import static org.tonus.core.knowledge.FieldType.range;
import static org.tonus.core.quantity.Dimension.BODY_WEIGHT;
import static org.tonus.core.quantity.Dimension.CLEARANCE;
import static org.tonus.core.quantity.Dimension.CONCENTRATION;
import static org.tonus.core.quantity.Dimension.DAILY_DOSE;
import static org.tonus.core.quantity.Dimension.DURATION;
import static org.tonus.core.quantity.Dimension.MASS;
import static org.tonus.core.quantity.Dimension.PERCENT;
import static org.tonus.core.quantity.Dimension.TEMPERATURE;
import static org.tonus.core.quantity.Dimension.VOLUME;
import static org.tonus.core.quantity.Dimension.WEIGHT_BASED_DAILY_DOSE;

/**
 * The typed fields a fact may carry beyond its id, text, sources and scope. Several fields share a
 * name in the pack ("status") with a different meaning per kind; {@link FactKind} says which apply.
 */
public enum FactField {
  CODE_SYSTEM("system", new FieldType.Choice<>(CodeSystem.class)),
  CODE("code", new FieldType.Text()),
  APPROVED_PRODUCT("product", new FieldType.Text()),
  DATE("date", new FieldType.Date()),
  BRAND_NAME("name", new FieldType.Text()),
  MARKET_STATUS("status", new FieldType.Choice<>(MarketStatus.class)),
  FORMS("forms", new FieldType.ChoiceList<>(ProductForm.class)),
  CONDITION("condition", new FieldType.Ref(ReferenceTarget.CONDITION)),
  CONDITIONS("conditions", new FieldType.RefList(ReferenceTarget.CONDITION)),
  INDICATION_STATUS("status", new FieldType.Choice<>(IndicationStatus.class)),
  FORM("form", new FieldType.Choice<>(ProductForm.class)),
  STRENGTH("strength", amount(MASS)),
  CONCENTRATION_VALUE("concentration", amount(CONCENTRATION)),
  BRAND("brand", new FieldType.Text()),
  SCORED("scored", new FieldType.Choice<>(YesNoUnknown.class)),
  PACKAGES("packages", new FieldType.Text()),
  TIMES_PER_DAY("timesPerDay", new FieldType.CountRange()),
  DOSE("dose", amount(MASS)),
  DAILY("daily", amount(DAILY_DOSE, WEIGHT_BASED_DAILY_DOSE)),
  STEP("step", amount(MASS, DAILY_DOSE, WEIGHT_BASED_DAILY_DOSE)),
  INTERVAL_DAYS("intervalDays", new FieldType.Count()),
  UP_TO("upTo", amount(DAILY_DOSE, WEIGHT_BASED_DAILY_DOSE)),
  DAILY_RANGE("range", range(DAILY_DOSE, WEIGHT_BASED_DAILY_DOSE)),
  MAX("max", amount(DAILY_DOSE, WEIGHT_BASED_DAILY_DOSE)),
  SETTING("setting", new FieldType.Choice<>(Setting.class)),
  CRCL("crcl", range(CLEARANCE)),
  CRCL_BELOW("crclBelow", amount(CLEARANCE)),
  REDUCTION("reduction", new FieldType.Ratio()),
  RENAL_BASIS("basis", new FieldType.Choice<>(RenalBasis.class)),
  EQUATION_NAME("name", new FieldType.Text()),
  SCREENING_ORDER("step", new FieldType.Count()),
  VOLUME_VALUE("volume", amount(VOLUME)),
  AFTER_HOURS("afterHours", amount(DURATION)),
  OBSERVE("observe", range(DURATION)),
  MULTIPLIER("multiplier", new FieldType.Number()),
  EFFECT_LONGER_THAN("effectLongerThan", amount(DURATION)),
  ORIGIN("origin", new FieldType.Choice<>(SpasticityOrigin.class)),
  PHASE("phase", new FieldType.Choice<>(DoseChangePhase.class)),
  INCREASE("increase", range(PERCENT)),
  DECREASE("decrease", range(PERCENT)),
  PER("per", new FieldType.Choice<>(ChangeInterval.class)),
  ABOVE(
      "above",
      amount(MASS, DAILY_DOSE, WEIGHT_BASED_DAILY_DOSE, CONCENTRATION, BODY_WEIGHT, CLEARANCE)),
  DRUG_CLASS("drugClass", new FieldType.Ref(ReferenceTarget.DRUG_CLASS)),
  DRUG("drug", new FieldType.Ref(ReferenceTarget.DRUG)),
  SYMPTOM("symptom", new FieldType.Ref(ReferenceTarget.SYMPTOM)),
  SYMPTOMS("symptoms", new FieldType.RefList(ReferenceTarget.SYMPTOM)),
  BODY_SYSTEM("system", new FieldType.Choice<>(BodySystem.class)),
  FREQUENCY("frequency", range(PERCENT)),
  FREQUENCY_WORD("frequencyWord", new FieldType.Choice<>(FrequencyWord.class)),
  CARE_ACTION("action", new FieldType.Choice<>(CareAction.class)),
  EARLY("early", new FieldType.Choice<>(YesNo.class)),
  MINIMUM_DAYS("minimumDays", new FieldType.Count()),
  TYPICAL_DAYS("typicalDays", new FieldType.CountRange()),
  MISSED_DOSE_RULE("rule", new FieldType.Choice<>(MissedDoseRule.class)),
  HOURS("hours", amount(DURATION)),
  SEVERITY("severity", new FieldType.Choice<>(InteractionSeverity.class)),
  ADVICE("advice", new FieldType.Text()),
  ALCOHOL_USE("alcoholUse", new FieldType.Choice<>(AlcoholUse.class)),
  TEMPERATURE_RANGE("temperature", range(TEMPERATURE)),
  REFRIGERATE("refrigerate", new FieldType.Choice<>(YesNo.class)),
  STORED_PRODUCT("product", new FieldType.Text()),
  CONTACT("contact", new FieldType.Text());

  private final String key;
  private final FieldType type;

  FactField(String key, FieldType type) {
    this.key = key;
    this.type = type;
  }

  /** The field's name in the pack. */
  public String key() {
    return key;
  }

  public FieldType type() {
    return type;
  }
}
