package org.tonus.core.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem in a pack so a reviewer can fix them all in one pass. */
final class Problems {
  private final List<String> problems = new ArrayList<>();

  void add(String location, String message) {
    problems.add(location + ": " + message);
  }

  int count() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new KnowledgeException(problems);
    }
  }
}
