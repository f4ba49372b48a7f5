package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.Optional;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.AdministrationRoute;
import org.tonus.core.sig.FrequencyPattern;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigStep;

/**
 * Reading an intrathecal order for the screening and implant-start rules: its first dosed step, the
 * dose of that step when written in mcg (a dose written in mg is left to the unit rule, IT-12-A),
 * and whether it is a single bolus.
 */
final class IntrathecalSteps {
  private IntrathecalSteps() {}

  /** The first dosed step of an intrathecal sig; empty for an oral or undosed sig. */
  static Optional<SigStep> first(Sig sig) {
    return sig.steps().stream()
        .filter(s -> !s.stop())
        .findFirst()
        .filter(s -> s.route().filter(r -> r == AdministrationRoute.INTRATHECAL).isPresent());
  }

  /** The dose per administration in mcg, at the top of a range, when written in mcg. */
  static Optional<BigDecimal> mcg(SigStep step) {
    return step.dose().filter(d -> d.high().unit() == Unit.MCG).map(d -> d.high().amount());
  }

  /** A single administration ("bolus", "test dose", "x1"), as screening doses are given. */
  static boolean bolus(SigStep step) {
    return step.frequency().filter(f -> f.pattern() == FrequencyPattern.ONCE).isPresent();
  }
}
