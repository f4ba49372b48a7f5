package org.tonus.core.sig;

import java.util.Objects;

/** A sig read in full: every word of the text was understood. */
public record Parsed(Sig sig) implements SigParse {
  public Parsed {
    Objects.requireNonNull(sig, "sig");
  }
}
