package org.tonus.core.check;

import java.util.Optional;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigStep;

/**
 * The structured view of a read order (its first dosed step; the daily dose is the largest step's).
 */
final class ParsedOrders {
  private ParsedOrders() {}

  static ParsedOrder of(Sig sig, SigMemo memo) {
    SigStep first = sig.steps().stream().filter(s -> !s.stop()).findFirst().orElse(sig.firstStep());
    boolean mcg =
        first.dose().filter(d -> d.high().unit() == Unit.MCG).isPresent()
            && first.route().flatMap(r -> r.knowledgeRoute()).isPresent()
            && !memo.oral(sig);
    return new ParsedOrder(
        sig.drug().map(Drug::name).orElse("unknown"),
        sig.brand(),
        first.dose().map(d -> d.high().amount()),
        first.dose().map(d -> d.high().unit().toString()),
        first.route().map(r -> r.word()),
        first.frequency().map(f -> f.maxTimesPerDay()),
        first.asNeeded(),
        first.durationDays(),
        false,
        mcg ? Optional.empty() : memo.dailyMg(sig),
        mcg ? memo.dailyMcg(sig) : Optional.empty(),
        sig.toCanonicalText());
  }

  static ParsedOrder stop() {
    return new ParsedOrder(
        CheckFacts.BACLOFEN,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        true,
        Optional.empty(),
        Optional.empty(),
        "stop baclofen");
  }
}
