package org.tonus.core.renal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Evidence;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Population;
import org.tonus.core.knowledge.RenalBasis;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.Setting;
import org.tonus.core.patient.Patient;
import org.tonus.core.quantity.Unit;

/**
 * Kidney function and oral baclofen (policy POL-05 as recorded in REN-08): clearance by {@link
 * CockcroftGault}, the band from the literature (REN-03), or the dialysis reference from a non-US
 * monograph (REN-02-A), and a suggested daily ceiling for the chosen jurisdiction.
 *
 * <p>Severity mapping: the fact sheet grades 30 to below 80 mL/min "moderate" and below 30 mL/min
 * or dialysis "high"; alerts have only critical, warning and info, and a renal suggestion is always
 * a prescriber's decision, so both become {@link Severity#WARNING}. The "high" bands carry stronger
 * wording and {@code level: high} in the evidence. Clearance at or above the top band gives no
 * alert.
 */
public final class RenalAssessor {
  private static final String DIALYSIS_CAUTION = "REN-02-B";
  private static final String LOW_DOSE_TOXICITY = "REN-04";
  private static final String POLICY = "REN-08";
  private static final String NO_US_TABLE = "REN-01-B";

  private final Knowledge knowledge;
  private final CockcroftGault cockcroftGault;
  private final RenalBands bands;
  private final Fact dialysisReference;
  private final Map<Jurisdiction, Fact> adultMaxima = new EnumMap<>(Jurisdiction.class);
  private final Map<Jurisdiction, BigDecimal> adultMaximaMg = new EnumMap<>(Jurisdiction.class);

  /**
   * The constant part of a reduced-band assessment, prepared once per band, jurisdiction and
   * clearance method (bounded by the pack's bands): a check only adds the clearance.
   */
  private final Map<ReducedKey, Reduced> reducedTemplates = new ConcurrentHashMap<>();

  public RenalAssessor(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.cockcroftGault = new CockcroftGault(knowledge);
    this.bands = new RenalBands(knowledge);
    this.dialysisReference =
        knowledge
            .facts()
            .filter(f -> f.kind() == FactKind.DOSE_REFERENCE && f.sectionId().equals("renal"))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("the pack has no dialysis dose reference"));
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      Fact maximum = findAdultMaximum(jurisdiction);
      adultMaxima.put(jurisdiction, maximum);
      adultMaximaMg.put(
          jurisdiction,
          maximum.values().quantity(FactField.MAX).orElseThrow().to(Unit.MG_PER_DAY).amount());
    }
  }

  /** The assessment for a patient in a jurisdiction, with the actual body weight. */
  public RenalAssessment renal(Patient patient, Jurisdiction jurisdiction) {
    return assess(RenalRequest.of(jurisdiction, patient));
  }

  public RenalAssessment assess(RenalRequest request) {
    Patient patient = request.patient();
    ClearanceResult clearance = cockcroftGault.estimate(patient, request.clearanceWeight());
    Fact maximum = adultMaxima.get(request.jurisdiction());
    BigDecimal maximumMg = adultMaximaMg.get(request.jurisdiction());
    if (patient.dialysis() || request.endStageRenalDisease()) {
      return dialysis(request, clearance, maximum, maximumMg);
    }
    if (clearance instanceof ClearanceUnavailable unavailable) {
      boolean given =
          patient.serumCreatinineMgDl().isPresent()
              || patient.creatinineClearanceMlMin().isPresent();
      return new RenalAssessment.NotAssessed(
          unavailable.missing(),
          unavailable.reason(),
          given,
          unavailable.rules(),
          unavailable.sources());
    }
    CreatinineClearance value = (CreatinineClearance) clearance;
    RenalBand band = bands.bandFor(value.mlPerMin());
    if (band.kind() == RenalBand.Kind.NO_REDUCTION) {
      Citations citations = new Citations().add(value.rules(), value.sources());
      citations.cite(bands.noReductionFact());
      return new RenalAssessment.Assessed(
          Optional.of(value),
          band,
          maximumMg,
          maximumMg,
          List.of(),
          citations.rules(),
          citations.sources());
    }
    Reduced reduced =
        reducedTemplates.computeIfAbsent(
            new ReducedKey(band, request.jurisdiction(), value.method()),
            k -> reduced(k.jurisdiction(), value, band, maximum, maximumMg));
    if (!reduced.fits(value)) {
      reduced = reduced(request.jurisdiction(), value, band, maximum, maximumMg);
    }
    return new RenalAssessment.Assessed(
        Optional.of(value),
        band,
        reduced.suggested(),
        maximumMg,
        List.of(reduced.alert(value)),
        reduced.rules(),
        reduced.sources());
  }

  private Reduced reduced(
      Jurisdiction jurisdiction,
      CreatinineClearance value,
      RenalBand band,
      Fact maximum,
      BigDecimal maximumMg) {
    Citations citations = new Citations().add(value.rules(), value.sources());
    Fact bandFact = fact(band.factId());
    citations.cite(bandFact).cite(maximum).cite(fact(POLICY));
    if (band.highConcern()) {
      citations.cite(fact(LOW_DOSE_TOXICITY));
    }
    if (jurisdiction == Jurisdiction.US) {
      citations.cite(fact(NO_US_TABLE));
    }
    RenalAssessment.Assessed draft =
        new RenalAssessment.Assessed(
            Optional.of(value), band, maximumMg, maximumMg, List.of(), List.of(), List.of());
    BigDecimal suggested = draft.suggestedMaxFor(maximumMg);
    String fraction = band.reduction().orElseThrow().toString();
    StringBuilder message =
        new StringBuilder(" mL/min is in the band ").append(band.describe()).append('.');
    if (band.highConcern()) {
      message.append(
          " Kidney function is severely reduced: baclofen can build up and cause toxicity even at"
              + " low doses.");
    }
    message
        .append(" A published pharmacokinetic study suggests giving about ")
        .append(fraction)
        .append(" less: at most ")
        .append(plain(suggested))
        .append(" mg a day instead of ")
        .append(plain(maximumMg))
        .append(" mg a day. This suggestion rests on the medical literature and is for the")
        .append(" prescriber to weigh.");
    if (jurisdiction == Jurisdiction.US) {
      message.append(
          " US product information gives no dose by clearance, so this is not US guidance.");
    }
    return new Reduced(
        List.copyOf(value.rules()),
        List.copyOf(value.sources()),
        value.method().name().toLowerCase(java.util.Locale.ROOT),
        message.toString(),
        band.code(),
        band.highConcern() ? "high" : "moderate",
        fraction,
        suggested,
        plain(suggested),
        plain(maximumMg),
        band.basis().code(),
        List.copyOf(citations.rules()),
        List.copyOf(citations.sources()));
  }

  private record ReducedKey(RenalBand band, Jurisdiction jurisdiction, ClearanceMethod method) {}

  private static final Evidence.Shape REDUCED_EVIDENCE =
      Evidence.shape(
          "creatinineClearanceMlMin",
          "method",
          "band",
          "level",
          "reduction",
          "suggestedMaxDailyMg",
          "jurisdictionMaxDailyMg",
          "basis");

  private static final Evidence.Shape REDUCED_EVIDENCE_WITH_WEIGHT =
      Evidence.shape(
          "creatinineClearanceMlMin",
          "method",
          "weightUsed",
          "band",
          "level",
          "reduction",
          "suggestedMaxDailyMg",
          "jurisdictionMaxDailyMg",
          "basis");

  /**
   * A reduced-band assessment but the clearance: the suggestion, the message after the clearance
   * (REN-03, REN-08), the evidence's constant values and the citations.
   */
  private record Reduced(
      List<String> clearanceRules,
      List<String> clearanceSources,
      String method,
      String messageTail,
      String band,
      String level,
      String reduction,
      BigDecimal suggested,
      String suggestedMg,
      String maximumMg,
      String basis,
      List<String> rules,
      List<String> sources) {

    /** True when a clearance cites what this template was prepared with. */
    boolean fits(CreatinineClearance clearance) {
      return clearance.rules().equals(clearanceRules)
          && clearance.sources().equals(clearanceSources);
    }

    Alert alert(CreatinineClearance clearance) {
      String mlPerMin = clearance.mlPerMin().toPlainString();
      Evidence evidence =
          clearance.weightUsed().isPresent()
              ? REDUCED_EVIDENCE_WITH_WEIGHT.with(
                  mlPerMin,
                  method,
                  clearance.weightUsed().get().describe(),
                  band,
                  level,
                  reduction,
                  suggestedMg,
                  maximumMg,
                  basis)
              : REDUCED_EVIDENCE.with(
                  mlPerMin, method, band, level, reduction, suggestedMg, maximumMg, basis);
      return new Alert(
          AlertCode.RENAL_ADJUST,
          Severity.WARNING,
          "Creatinine clearance " + mlPerMin + messageTail,
          evidence,
          sources);
    }
  }

  private RenalAssessment dialysis(
      RenalRequest request, ClearanceResult clearance, Fact maximum, BigDecimal maximumMg) {
    BigDecimal reference =
        dialysisReference
            .values()
            .quantity(FactField.DAILY)
            .orElseThrow()
            .to(Unit.MG_PER_DAY)
            .amount();
    // REN-02-A: the figure comes from a Canadian monograph (see the fact's note), a non-US label.
    RenalBand band =
        new RenalBand(
            RenalBand.Kind.DIALYSIS,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(reference),
            RenalBasis.NON_US_LABEL,
            dialysisReference.id());
    Optional<CreatinineClearance> value =
        clearance instanceof CreatinineClearance c ? Optional.of(c) : Optional.empty();
    Citations citations = new Citations();
    value.ifPresent(c -> citations.add(c.rules(), c.sources()));
    citations
        .cite(dialysisReference)
        .cite(fact(DIALYSIS_CAUTION))
        .cite(fact(LOW_DOSE_TOXICITY))
        .cite(maximum)
        .cite(fact(POLICY));
    BigDecimal suggested = reference.min(maximumMg);
    String state = request.patient().dialysis() ? "on dialysis" : "with end-stage kidney disease";
    Map<String, String> evidence = new LinkedHashMap<>();
    value.ifPresent(c -> evidence.put("creatinineClearanceMlMin", c.mlPerMin().toPlainString()));
    evidence.put("band", band.code());
    evidence.put("level", "high");
    evidence.put("suggestedMaxDailyMg", plain(suggested));
    evidence.put("jurisdictionMaxDailyMg", plain(maximumMg));
    evidence.put("basis", band.basis().code());
    Alert alert =
        new Alert(
            AlertCode.RENAL_ADJUST,
            Severity.WARNING,
            "Patient "
                + state
                + ": baclofen builds up and can cause toxicity even at low doses. Use it only if the"
                + " benefit clearly outweighs the risk, watch closely for drowsiness, confusion and"
                + " breathing problems, and keep to a very low dose of about "
                + plain(suggested)
                + " mg a day. That figure comes from a Canadian product monograph, a non-US source,"
                + " and is a suggestion for the prescriber to weigh.",
            evidence,
            citations.sources());
    return new RenalAssessment.Assessed(
        value, band, suggested, maximumMg, List.of(alert), citations.rules(), citations.sources());
  }

  /** The jurisdiction's adult oral maximum outside hospital (DOSE-US-02, DOSE-UK-01-D). */
  private Fact findAdultMaximum(Jurisdiction jurisdiction) {
    return knowledge
        .facts()
        .filter(f -> f.kind() == FactKind.MAXIMUM_DOSE)
        .filter(f -> f.scope().population().map(p -> p == Population.ADULT).orElse(false))
        .filter(f -> f.scope().route().map(r -> r == Route.ORAL).orElse(true))
        .filter(f -> f.scope().appliesIn(jurisdiction))
        .filter(
            f ->
                f.values()
                    .choice(FactField.SETTING, Setting.class)
                    .map(s -> s == Setting.OUTPATIENT)
                    .orElse(true))
        .min(
            java.util.Comparator.comparing(
                f -> f.values().quantity(FactField.MAX).orElseThrow().to(Unit.MG_PER_DAY).amount()))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the pack has no adult oral maximum for " + jurisdiction));
  }

  private Fact fact(String id) {
    return knowledge.fact(id).orElseThrow(() -> new IllegalStateException("the pack has no " + id));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Fact ids and their sources, each once, in the order applied. */
  private static final class Citations {
    private final Set<String> rules = new LinkedHashSet<>();
    private final Set<String> sources = new LinkedHashSet<>();

    Citations cite(Fact fact) {
      rules.add(fact.id());
      sources.addAll(fact.sources());
      return this;
    }

    Citations add(List<String> ruleIds, List<String> sourceIds) {
      rules.addAll(ruleIds);
      sources.addAll(sourceIds);
      return this;
    }

    List<String> rules() {
      return new ArrayList<>(rules);
    }

    List<String> sources() {
      return new ArrayList<>(sources);
    }
  }
}
