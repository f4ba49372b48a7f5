package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
record CheckContext(
    CheckRequest request,
    Knowledge knowledge,
    CheckFacts facts,
    ReadOrder order,
    Optional<ReadOrder> current,
    List<Medication> medications,
    List<MatchedCondition> conditions,
    RenalAssessment renal) {

  Jurisdiction jurisdiction() {
    return request.jurisdiction();
  }

  Patient patient() {
    return request.patient().patient();
  }

  /** The order's sig when it was read and is not a stop. */
  Optional<Sig> sig() {
    return order instanceof ReadOrder.Read read ? Optional.of(read.sig()) : Optional.empty();
  }

  boolean isStop() {
    return order instanceof ReadOrder.Stopped;
  }

  /** The steps of the order that give a dose (a "then stop" step gives none). */
  List<SigStep> dosedSteps() {
    return sig().map(s -> s.steps().stream().filter(st -> !st.stop()).toList()).orElse(List.of());
  }

  /** The written route of the order's first step. */
  Optional<AdministrationRoute> writtenRoute() {
    return dosedSteps().stream().findFirst().flatMap(SigStep::route);
  }

  /** The knowledge route of the order: intrathecal when written so, oral otherwise. */
  Route route() {
    return writtenRoute().flatMap(AdministrationRoute::knowledgeRoute).orElse(Route.ORAL);
  }

  Optional<Sig> currentSig() {
    return current.filter(ReadOrder.Read.class::isInstance).map(r -> ((ReadOrder.Read) r).sig());
  }

  /** The largest daily amount of the order in mg/day (oral or mg-written), when known. */
  Optional<BigDecimal> orderDailyMg() {
    return sig().flatMap(Doses::dailyMg);
  }

  /** Baclofen orders among the co-medications, which stay active unless the order replaces them. */
  List<Medication> baclofenMedications() {
    return medications.stream().filter(m -> m.drug().id().equals(facts.baclofenId())).toList();
  }

  boolean replaces() {
    return request.replacesCurrent();
  }
}
