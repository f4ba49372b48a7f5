package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Route;
import org.tonus.core.sig.AdministrationRoute;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigStep;

/**
 * The oral daily total: the order, plus the current regimen and baclofen co-medications unless the
 * order replaces them (POL-01, DOSE-GEN-01-F; as-needed at the most doses a day, ranges at the
 * top).
 */
final class Totals {
  private Totals() {}

  static BigDecimal dailyMg(CheckContext context) {
    BigDecimal total = context.orderDailyMg().orElse(BigDecimal.ZERO);
    for (Sig other : others(context)) {
      total = total.add(context.dailyMg(other).orElse(BigDecimal.ZERO));
    }
    return total;
  }

  /** Other oral baclofen orders that stay active beside this one. */
  static List<Sig> others(CheckContext context) {
    if (context.replaces() || context.isStop()) {
      return List.of();
    }
    List<Sig> current =
        context.currentSig().filter(Sig::isBaclofen).filter(context::oral).stream().toList();
    List<Sig> listed =
        context.baclofenMedications().stream()
            .map(Medication::sig)
            .flatMap(Optional::stream)
            .filter(context::oral)
            .toList();
    return java.util.stream.Stream.concat(current.stream(), listed.stream()).toList();
  }

  static List<Fact> contributingFacts(CheckContext context) {
    return List.of(context.facts().fact("DOSE-GEN-01-F"));
  }

  static boolean oral(Sig sig) {
    return sig.steps().stream()
        .map(SigStep::route)
        .flatMap(Optional::stream)
        .map(AdministrationRoute::knowledgeRoute)
        .flatMap(Optional::stream)
        .allMatch(r -> r == Route.ORAL);
  }
}
