package org.tonus.core.check;

import java.util.List;
import org.tonus.core.alert.Alert;

/** One safety rule: the alerts it raises for a context; empty when all is well. */
interface CheckRule {
  List<Alert> check(CheckContext context);
}
