package org.tonus.core.sig;

import java.util.Optional;
import org.tonus.core.knowledge.Drug;

/** A drug the vocabulary knows, and the brand when the name written was one. */
record DrugName(Drug drug, Optional<String> brand) {}
