package org.tonus.core.check;

import org.tonus.core.sig.Sig;

/** An order input after reading: a parsed sig, a stop, or the reason it cannot be read. */
sealed interface ReadOrder {
  record Read(Sig sig) implements ReadOrder {}

  record Stopped() implements ReadOrder {}

  record Invalid(String reason) implements ReadOrder {}
}
