package org.tonus.core.check;

import java.util.List;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.Route;

/**
 * Kidney function (POL-05): the renal assessor's alerts for an oral order, with creatinine
 * clearance, band, suggested maximum and basis in their evidence (REN-01 to REN-06).
 */
final class RenalRule implements CheckRule {
  @Override
  public List<Alert> check(CheckContext context) {
    if (context.isStop() || context.sig().isEmpty() || context.route() != Route.ORAL) {
      return List.of();
    }
    return context.renal().alerts();
  }
}
