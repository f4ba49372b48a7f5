package org.tonus.core.knowledge;

import java.util.List;
import java.util.Optional;

/** A group of drugs that share an interaction with baclofen, with its ATC code where one exists. */
public record DrugClass(String id, String name, Optional<String> atc, List<String> sources) {
  public DrugClass {
    sources = List.copyOf(sources);
  }
}
