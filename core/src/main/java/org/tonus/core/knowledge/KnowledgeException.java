package org.tonus.core.knowledge;

import java.util.List;

/**
 * A pack that does not load. Each problem names the file, the path inside it and what is wrong,
 * e.g. {@code knowledge/baclofen/dosing.yaml: dosing[2].max: unit 'mgg' is not a known unit}.
 */
public final class KnowledgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  KnowledgeException(List<String> problems) {
    super(
        problems.size() == 1
            ? problems.get(0)
            : problems.size()
                + " problems in the knowledge pack:\n  "
                + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
