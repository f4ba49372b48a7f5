package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tonus.core.sig.Sig;

/** The baclofen regimen before this order: the current one, else the listed baclofen medicines. */
final class Previous {
  private Previous() {}

  static List<Sig> sigs(CheckContext context) {
    Optional<Sig> current = context.currentSig().filter(Sig::isBaclofen);
    if (current.isPresent()) {
      return List.of(current.get());
    }
    return context.baclofenMedications().stream()
        .map(Medication::sig)
        .flatMap(Optional::stream)
        .toList();
  }

  /** True when the patient takes baclofen already (a current order or a listed one). */
  static boolean exists(CheckContext context) {
    return context.current().isPresent() || !context.baclofenMedications().isEmpty();
  }

  static Optional<BigDecimal> oralDailyMg(CheckContext context) {
    List<Sig> sigs = sigs(context).stream().filter(context::oral).toList();
    if (sigs.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Sig sig : sigs) {
      Optional<BigDecimal> daily = context.dailyMg(sig);
      if (daily.isEmpty()) {
        return Optional.empty();
      }
      total = total.add(daily.get());
    }
    return Optional.of(total);
  }

  static boolean intrathecal(CheckContext context) {
    return sigs(context).stream().anyMatch(s -> !context.oral(s));
  }
}
