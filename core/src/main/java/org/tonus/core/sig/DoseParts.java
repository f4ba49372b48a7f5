package org.tonus.core.sig;

import org.tonus.core.quantity.QuantityRange;

/** The dose parts of one step while they are being worked out; null means absent. */
final class DoseParts {
  DoseAmount amount;
  Strength strength;
  UnitCount count;
  QuantityRange volume;
}
