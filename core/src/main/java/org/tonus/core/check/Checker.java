package org.tonus.core.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.knowledge.Condition;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.patient.Patient;
import org.tonus.core.renal.RenalAssessor;
import org.tonus.core.renal.RenalRequest;
import org.tonus.core.sig.Parsed;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigParser;

/**
 * The prescription safety check: reads the order, the current regimen, the co-medications and the
 * conditions once, runs every {@link CheckRule}, and reports one alert per problem. Thread-safe and
 * reusable; build one per loaded knowledge.
 */
public final class Checker {
  private final Knowledge knowledge;
  private final CheckFacts facts;
  private final Map<Jurisdiction, SigMemo> parsers;
  private final RenalAssessor renal;
  private final ConditionMemo conditionNames;
  private final List<CheckRule> rules =
      List.of(
          new InvalidOrderRule(),
          new DoseAboveMaxRule(),
          new FrequencyRule(),
          new UnitRouteRule(),
          new TitrationRule(),
          new AbruptStopRule(),
          new RenalRule(),
          new PatientRule(),
          new ChildWeightRule(),
          new ConditionRule(),
          new AllergyRule(),
          new OffLabelRule(),
          new InteractionRule(),
          new DuplicateRule(),
          new IntrathecalRule(),
          new IntrathecalChangeRule(),
          new IntrathecalScreeningRule(),
          new IntrathecalImplantStartRule(),
          new MarketedStrengthRule());

  public Checker(Knowledge knowledge) {
    this(knowledge, SigMemo.DEFAULT_CAPACITY);
  }

  /**
   * A checker that remembers up to {@code rememberedSigs} parsed sigs per jurisdiction (0: parse
   * every sig every time, as the benchmarks do to measure the parser's share).
   */
  public Checker(Knowledge knowledge, int rememberedSigs) {
    this.knowledge = knowledge;
    this.facts = new CheckFacts(knowledge);
    Map<Jurisdiction, SigMemo> memos = new EnumMap<>(Jurisdiction.class);
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      memos.put(jurisdiction, new SigMemo(new SigParser(knowledge, jurisdiction), rememberedSigs));
    }
    this.parsers = memos;
    this.renal = new RenalAssessor(knowledge);
    this.conditionNames = new ConditionMemo(knowledge.conditions(), rememberedSigs);
  }

  public CheckResult check(CheckRequest request) {
    SigMemo parser = parsers.get(request.jurisdiction());
    OrderReader reader = new OrderReader(parser);
    List<String> unrecognised = new ArrayList<>();
    ReadOrder order = reader.read(request.order());
    Optional<ReadOrder> current = request.current().map(c -> reader.read(c.order()));
    List<Medication> medications = new ArrayList<>();
    for (MedicationMention mention : request.patient().medications()) {
      Optional<Medication> medication =
          parser.medication(mention.text(), text -> medication(parser, text));
      if (medication.isPresent()) {
        medications.add(medication.get());
      } else {
        unrecognised.add(mention.text());
      }
    }
    List<MatchedCondition> conditions = new ArrayList<>();
    for (ConditionMention mention : request.patient().conditions()) {
      condition(mention).ifPresentOrElse(conditions::add, () -> unrecognised.add(mention.label()));
    }
    CheckContext context =
        new CheckContext(
            request,
            knowledge,
            facts,
            parser,
            conditionNames,
            order,
            current,
            List.copyOf(medications),
            List.copyOf(conditions),
            renal.assess(renalRequest(request, conditions)));
    OffLabelRule.stated(context)
        .filter(text -> conditionNames.byName(text.trim()).isEmpty())
        .filter(text -> context.sig().flatMap(Sig::indicationConditionId).isEmpty())
        .ifPresent(text -> unrecognised.add(text));
    List<Alert> alerts = new ArrayList<>();
    for (CheckRule rule : rules) {
      alerts.addAll(rule.check(context));
    }
    return new CheckResult(
        context.sig().map(context::parsedOrder).or(() -> stopped(context)),
        Alerts.merge(suppress(alerts)),
        unrecognised);
  }

  /**
   * Dialysis (Z99.2, "on dialysis") or end-stage kidney disease (N18.6) named among the conditions
   * puts the patient in the dialysis band even when the contract's flag was not set: an EHR records
   * them as conditions, and the band's much lower ceiling must not be missed for want of a flag.
   */
  private static RenalRequest renalRequest(
      CheckRequest request, List<MatchedCondition> conditions) {
    Patient patient = request.patient().patient();
    boolean dialysis = patient.dialysis() || named(conditions, CheckFacts.DIALYSIS);
    // the same patient when the flag already says so: a copy would only validate it again
    Patient assessed = dialysis == patient.dialysis() ? patient : patient.withDialysis(dialysis);
    return RenalRequest.of(request.jurisdiction(), assessed)
        .withEndStageRenalDisease(named(conditions, CheckFacts.END_STAGE_RENAL_DISEASE));
  }

  private static boolean named(List<MatchedCondition> conditions, String conditionId) {
    for (MatchedCondition matched : conditions) {
      if (matched.condition().id().equals(conditionId)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<ParsedOrder> stopped(CheckContext context) {
    return context.isStop() ? Optional.of(ParsedOrders.stop()) : Optional.empty();
  }

  /**
   * POL-04: a too-fast titration adds nothing when the dose is already above the maximum or
   * mis-united.
   */
  private static List<Alert> suppress(List<Alert> alerts) {
    boolean graver =
        alerts.stream()
            .anyMatch(
                a -> a.code() == AlertCode.DOSE_ABOVE_MAX || a.code() == AlertCode.UNIT_ERROR);
    return graver
        ? alerts.stream().filter(a -> a.code() != AlertCode.TITRATION_TOO_FAST).toList()
        : alerts;
  }

  private Optional<Medication> medication(SigMemo parser, String text) {
    if (parser.parse(text) instanceof Parsed parsed && parsed.sig().drug().isPresent()) {
      return Optional.of(
          new Medication(text, parsed.sig().drug().get(), Optional.of(parsed.sig())));
    }
    String trimmed = text.trim();
    Optional<Drug> byName = knowledge.drugs().byName(trimmed);
    if (byName.isEmpty()) {
      String[] words = trimmed.split("\\s+");
      // RxNorm names an extended-release product by its release time first ("12 HR Oxycodone
      // Hydrochloride 10 MG Extended Release Oral Tablet", as EHR and Synthea exports write it)
      int drugWord = words.length > 2 && isReleaseTime(words[0], words[1]) ? 2 : 0;
      byName = knowledge.drugs().byName(words[drugWord].toLowerCase(Locale.ROOT));
    }
    return byName.map(d -> new Medication(text, d, Optional.empty()));
  }

  private static boolean isReleaseTime(String number, String unit) {
    return unit.equalsIgnoreCase("hr")
        && !number.isEmpty()
        && number.chars().allMatch(Character::isDigit);
  }

  private Optional<MatchedCondition> condition(ConditionMention mention) {
    Optional<String> icd = mention.icd10().filter(s -> !s.isBlank());
    if (icd.isPresent()) {
      Optional<Condition> found = conditionNames.byIcd10(icd.get().trim());
      if (found.isPresent()) {
        return Optional.of(new MatchedCondition(mention, found.get(), "ICD-10-CM " + icd.get()));
      }
    }
    Optional<String> snomed = mention.snomed().filter(s -> !s.isBlank());
    if (snomed.isPresent()) {
      Optional<Condition> found = knowledge.conditions().bySnomed(snomed.get().trim());
      if (found.isPresent()) {
        return Optional.of(new MatchedCondition(mention, found.get(), "SNOMED CT " + snomed.get()));
      }
    }
    return mention
        .text()
        .filter(s -> !s.isBlank())
        .flatMap(
            t ->
                conditionNames
                    .byName(t.trim())
                    .map(c -> new MatchedCondition(mention, c, "words '" + t.trim() + "'")));
  }
}
