package org.tonus.core.sig;

import java.util.Optional;
import org.tonus.core.knowledge.Drug;

/**
 * A drug the vocabulary knows, and the brand when the name written was one. Both are kept as the
 * Optionals a {@link Sig} carries, made once when the lexicon is built.
 */
record DrugName(Optional<Drug> drug, Optional<String> brand) {
  DrugName(Drug drug, Optional<String> brand) {
    this(Optional.of(drug), brand);
  }

  Drug generic() {
    return drug.orElseThrow();
  }
}
