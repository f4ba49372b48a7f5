package org.tonus.core.intrathecal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.quantity.Unit;

/**
 * The largest allowed rise (and, where the knowledge gives one, fall) of an intrathecal daily dose
 * in one step, in percent, with the fact it comes from and the facts that chose it.
 */
record DoseChangeCap(
    Fact fact,
    BigDecimal maxIncreasePercent,
    Optional<BigDecimal> maxDecreasePercent,
    List<String> chosenBy) {

  DoseChangeCap {
    chosenBy = List.copyOf(chosenBy);
  }

  static DoseChangeCap of(Fact fact, List<String> chosenBy) {
    BigDecimal increase =
        fact.values().range(FactField.INCREASE).orElseThrow().high().to(Unit.PERCENT).amount();
    Optional<BigDecimal> decrease =
        fact.values().range(FactField.DECREASE).map(r -> r.high().to(Unit.PERCENT).amount());
    return new DoseChangeCap(fact, increase, decrease, chosenBy);
  }

  /** The daily dose one allowed step above {@code dailyMcg}: dose × (1 + cap ÷ 100), exact. */
  BigDecimal highestNext(BigDecimal dailyMcg) {
    return Rates.plain(dailyMcg.multiply(BigDecimal.ONE.add(maxIncreasePercent.movePointLeft(2))));
  }

  /** The daily dose one allowed step below {@code dailyMcg}, where a decrease cap exists. */
  Optional<BigDecimal> lowestNext(BigDecimal dailyMcg) {
    return maxDecreasePercent.map(
        d -> Rates.plain(dailyMcg.multiply(BigDecimal.ONE.subtract(d.movePointLeft(2)))));
  }

  /** The fact ids to cite: the cap and the rules that chose it. */
  List<String> rules() {
    return Stream.concat(Stream.of(fact.id()), chosenBy.stream()).toList();
  }
}
