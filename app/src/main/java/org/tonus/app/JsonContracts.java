package org.tonus.app;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tonus.app.request.CheckRequestReader;
import org.tonus.app.request.RequestFields;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.intrathecal.IntrathecalStartOutcome;
import org.tonus.core.intrathecal.IntrathecalStartPlanner;
import org.tonus.core.intrathecal.PumpRefillCalculator;
import org.tonus.core.intrathecal.PumpRefillOutcome;
import org.tonus.core.intrathecal.PumpRefillRequest;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.missed.MissedDoseAdvisor;
import org.tonus.core.monograph.Monograph;
import org.tonus.core.plan.TaperOutcome;
import org.tonus.core.plan.TaperPlanner;
import org.tonus.core.plan.TitrationOutcome;
import org.tonus.core.plan.TitrationPlanner;
import org.tonus.core.renal.RenalAssessment;
import org.tonus.core.renal.RenalAssessor;
import org.tonus.core.sig.SigParser;
import org.tonus.core.supply.SupplyCalculator;
import org.tonus.core.supply.SupplyResult;
import org.tonus.core.triage.Triage;
import org.tonus.core.triage.TriageResult;
import org.tonus.search.Asker;

/**
 * The JSON contracts of DESIGN.md answered from one loaded knowledge pack: a JSON request in, a
 * {@link JsonAnswer} out. The command line's {@code --json} and the HTTP service read requests with
 * the same readers and write the same answers; a bad request is a {@link
 * org.tonus.app.request.BadRequestException} naming the field. Safe to share between threads: it
 * holds only the immutable knowledge and the core's stateless engines built from it.
 */
public final class JsonContracts {
  private final Knowledge knowledge;
  private final Checker checker;
  private final TitrationPlanner titration;
  private final TaperPlanner taper;
  private final IntrathecalStartPlanner intrathecal;
  private final PumpRefillCalculator pump;
  private final RenalAssessor renal;
  private final SupplyCalculator supply;
  private final Asker asker;
  private final Triage triage;
  private final MissedDoseAdvisor missed;
  private final Map<Jurisdiction, SigLevels> sigLevels = new EnumMap<>(Jurisdiction.class);
  private final Map<Jurisdiction, SigParser> sigParsers = new EnumMap<>(Jurisdiction.class);

  public JsonContracts(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.checker = new Checker(knowledge);
    this.titration = new TitrationPlanner(knowledge);
    this.taper = new TaperPlanner(knowledge);
    this.intrathecal = new IntrathecalStartPlanner(knowledge);
    this.pump = new PumpRefillCalculator(knowledge);
    this.renal = new RenalAssessor(knowledge);
    this.supply = new SupplyCalculator(knowledge);
    // the in-memory search index of the monograph is built here, once, at start
    this.asker = new Asker(knowledge);
    this.triage = new Triage(knowledge, checker);
    this.missed = new MissedDoseAdvisor(knowledge);
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      sigLevels.put(jurisdiction, new SigLevels(knowledge, jurisdiction));
      sigParsers.put(jurisdiction, new SigParser(knowledge, jurisdiction));
    }
  }

  public Knowledge knowledge() {
    return knowledge;
  }

  /** The checker built from the knowledge, for other intakes (e.g. the CDS hooks) to share. */
  public Checker checker() {
    return checker;
  }

  /** {@code check}; {@code today} is used when the request gives none. */
  public JsonAnswer check(RequestFields request, LocalDate today) {
    return check(CheckRequestReader.read(request, today));
  }

  /** {@code check} of a request another intake (e.g. a FHIR Bundle) has already read. */
  public JsonAnswer check(CheckRequest request) {
    CheckResult result = checker.check(request);
    return new JsonAnswer(result, result.alerts());
  }

  public JsonAnswer titrate(RequestFields request) {
    TitrationOutcome outcome = titrationOutcome(request);
    return new JsonAnswer(PlanTitrateCommand.answer(outcome), outcome.alerts());
  }

  /** The titration plan (or refusal) itself, for answers in another format (FHIR). */
  public TitrationOutcome titrationOutcome(RequestFields request) {
    return titration.titrate(PlanTitrateCommand.fromJson(request, jurisdiction(request)));
  }

  public JsonAnswer taper(RequestFields request) {
    TaperOutcome outcome = taperOutcome(request);
    return new JsonAnswer(PlanTaperCommand.answer(outcome), outcome.alerts());
  }

  /** The taper plan (or refusal) itself, for answers in another format (FHIR). */
  public TaperOutcome taperOutcome(RequestFields request) {
    Jurisdiction jurisdiction = jurisdiction(request);
    return taper.taper(
        PlanTaperCommand.fromJson(request, jurisdiction, sigLevels.get(jurisdiction)));
  }

  public JsonAnswer intrathecal(RequestFields request) {
    IntrathecalStartOutcome outcome =
        intrathecal.plan(PlanIntrathecalCommand.fromJson(request, jurisdiction(request)));
    return new JsonAnswer(outcome, outcome.alerts());
  }

  public JsonAnswer pump(RequestFields request) {
    PumpRefillOutcome outcome =
        pump.calculate(PumpCommand.fromJson(request, jurisdiction(request)));
    return new JsonAnswer(outcome, outcome.alerts());
  }

  /** The pump refill request of {@code /api/pump}, read for a caller that stores its result. */
  public PumpRefillRequest pumpRefillRequest(RequestFields request) {
    return PumpCommand.fromJson(request, jurisdiction(request));
  }

  public JsonAnswer renal(RequestFields request) {
    RenalAssessment assessment =
        renal.assess(RenalCommand.fromJson(request, jurisdiction(request)));
    return new JsonAnswer(RenalCommand.contract(assessment), assessment.alerts());
  }

  public JsonAnswer supply(RequestFields request) {
    SupplyResult result =
        SupplyCommand.calculate(
            SupplyCommand.fromJson(request), sigParsers.get(jurisdiction(request)), supply);
    return new JsonAnswer(result, result.alerts());
  }

  /** {@code ask} from a JSON request ({@code q}, {@code jurisdiction}). */
  public JsonAnswer ask(RequestFields request) {
    return ask(AskCommand.fromJson(request), jurisdiction(request));
  }

  /** {@code ask}: a blank question or one too long is a bad request. */
  public JsonAnswer ask(String question, Jurisdiction jurisdiction) {
    return new JsonAnswer(AskCommand.ask(asker, question, jurisdiction), List.of());
  }

  /**
   * {@code triage}; {@code today} dates the regimen check when the request gives none. The answer
   * carries the triage's own disclaimer (not a diagnosis).
   */
  public JsonAnswer triage(RequestFields request, LocalDate today) {
    TriageResult result =
        triage.triage(TriageCommand.fromJson(request, jurisdiction(request), today));
    return new JsonAnswer(TriageCommand.answer(result), result.alerts(), result.disclaimer());
  }

  /**
   * {@code missed}: {@code now} is required, since only the patient knows their local time (the
   * command line falls back to its own clock, which is the patient's).
   */
  public JsonAnswer missed(RequestFields request) {
    return new JsonAnswer(
        MissedCommand.answer(
            missed.advise(
                MissedCommand.fromJson(request, jurisdiction(request), Optional.empty()))),
        List.of());
  }

  /** The monograph of one jurisdiction as the data it is printed from. */
  public Monograph monograph(Jurisdiction jurisdiction) {
    return Monograph.of(knowledge, jurisdiction);
  }

  private static Jurisdiction jurisdiction(RequestFields request) {
    return request.choice("jurisdiction", Jurisdiction.class).orElse(Jurisdiction.US);
  }
}
