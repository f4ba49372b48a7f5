package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Condition;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.Route;
import org.tonus.core.patient.Patient;
import org.tonus.core.renal.RenalAssessment;
import org.tonus.core.sig.AdministrationRoute;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigStep;

/**
 * Everything a rule may look at, read once: the request, the order and current regimen as read, the
 * recognised co-medications and conditions, and the renal assessment.
 */
final class CheckContext {
  private final CheckRequest request;
  private final Knowledge knowledge;
  private final CheckFacts facts;
  private final SigMemo memo;
  private final ConditionMemo conditionNames;
  private final ReadOrder order;
  private final Optional<ReadOrder> current;
  private final List<Medication> medications;
  private final List<MatchedCondition> conditions;
  private final RenalAssessment renal;
  // Derived once: nearly every rule asks for them.
  private final Optional<Sig> sig;
  private final List<SigStep> dosedSteps;
  private final Optional<AdministrationRoute> writtenRoute;
  private final Route route;
  private final Optional<BigDecimal> orderDailyMg;
  private final List<Medication> baclofenMedications;

  CheckContext(
      CheckRequest request,
      Knowledge knowledge,
      CheckFacts facts,
      SigMemo memo,
      ConditionMemo conditionNames,
      ReadOrder order,
      Optional<ReadOrder> current,
      List<Medication> medications,
      List<MatchedCondition> conditions,
      RenalAssessment renal) {
    this.request = request;
    this.knowledge = knowledge;
    this.facts = facts;
    this.memo = memo;
    this.conditionNames = conditionNames;
    this.order = order;
    this.current = current;
    this.medications = medications;
    this.conditions = conditions;
    this.renal = renal;
    this.sig = order instanceof ReadOrder.Read read ? Optional.of(read.sig()) : Optional.empty();
    this.dosedSteps = sig.isPresent() ? dosed(sig.get().steps()) : List.of();
    this.writtenRoute = dosedSteps.isEmpty() ? Optional.empty() : dosedSteps.get(0).route();
    this.route = writtenRoute.flatMap(AdministrationRoute::knowledgeRoute).orElse(Route.ORAL);
    this.orderDailyMg = sig.isPresent() ? memo.dailyMg(sig.get()) : Optional.empty();
    List<Medication> baclofen = new ArrayList<>(1);
    for (Medication medication : medications) {
      if (medication.drug().id().equals(facts.baclofenId())) {
        baclofen.add(medication);
      }
    }
    this.baclofenMedications = baclofen.isEmpty() ? List.of() : List.copyOf(baclofen);
  }

  /** The steps that give a dose: all of them unless one is a stop. */
  private static List<SigStep> dosed(List<SigStep> steps) {
    for (SigStep step : steps) {
      if (step.stop()) {
        List<SigStep> dosed = new ArrayList<>(steps.size());
        for (SigStep each : steps) {
          if (!each.stop()) {
            dosed.add(each);
          }
        }
        return List.copyOf(dosed);
      }
    }
    return steps;
  }

  CheckRequest request() {
    return request;
  }

  Knowledge knowledge() {
    return knowledge;
  }

  CheckFacts facts() {
    return facts;
  }

  ReadOrder order() {
    return order;
  }

  Optional<ReadOrder> current() {
    return current;
  }

  List<Medication> medications() {
    return medications;
  }

  List<MatchedCondition> conditions() {
    return conditions;
  }

  RenalAssessment renal() {
    return renal;
  }

  Jurisdiction jurisdiction() {
    return request.jurisdiction();
  }

  Patient patient() {
    return request.patient().patient();
  }

  /** The order's sig when it was read and is not a stop. */
  Optional<Sig> sig() {
    return sig;
  }

  boolean isStop() {
    return order instanceof ReadOrder.Stopped;
  }

  /** The steps of the order that give a dose (a "then stop" step gives none). */
  List<SigStep> dosedSteps() {
    return dosedSteps;
  }

  /** The written route of the order's first step. */
  Optional<AdministrationRoute> writtenRoute() {
    return writtenRoute;
  }

  /** The knowledge route of the order: intrathecal when written so, oral otherwise. */
  Route route() {
    return route;
  }

  Optional<Sig> currentSig() {
    return current.filter(ReadOrder.Read.class::isInstance).map(r -> ((ReadOrder.Read) r).sig());
  }

  /** The largest daily amount of the order in mg/day (oral or mg-written), when known. */
  Optional<BigDecimal> orderDailyMg() {
    return orderDailyMg;
  }

  /** Baclofen orders among the co-medications, which stay active unless the order replaces them. */
  List<Medication> baclofenMedications() {
    return baclofenMedications;
  }

  /** {@link Doses#dailyMg}, remembered with the sig when the sig was. */
  Optional<BigDecimal> dailyMg(Sig sig) {
    return memo.dailyMg(sig);
  }

  /** {@link Doses#dailyMcg}, remembered with the sig when the sig was. */
  Optional<BigDecimal> dailyMcg(Sig sig) {
    return memo.dailyMcg(sig);
  }

  /** {@link TitrationRule#levelsMg}, remembered with the sig when the sig was. */
  Optional<List<BigDecimal>> levelsMg(Sig sig) {
    return memo.levelsMg(sig);
  }

  /** {@link Totals#oral}, remembered with the sig when the sig was. */
  boolean oral(Sig sig) {
    return memo.oral(sig);
  }

  /** The structured view of a sig ({@link ParsedOrders#of}), remembered with it when it was. */
  ParsedOrder parsedOrder(Sig sig) {
    return memo.parsedOrder(sig);
  }

  /** The condition a name denotes, as the vocabulary says ({@code byName}), remembered. */
  Optional<Condition> conditionByName(String name) {
    return conditionNames.byName(name);
  }

  boolean replaces() {
    return request.replacesCurrent();
  }
}
