package org.tonus.core.check;

import java.util.Optional;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.sig.Sig;

/** A co-medication recognised in the vocabulary, with its sig when it was written as one. */
record Medication(String text, Drug drug, Optional<Sig> sig) {}
