package org.tonus.core.intrathecal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tonus.core.knowledge.Knowledge;

/** The fact ids a result applied, in the order applied, and the sources those facts cite. */
final class Citations {
  private final Knowledge knowledge;
  private final Set<String> rules = new LinkedHashSet<>();

  Citations(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  Citations cite(String... factIds) {
    for (String id : factIds) {
      cite(id);
    }
    return this;
  }

  Citations cite(List<String> factIds) {
    factIds.forEach(this::cite);
    return this;
  }

  private void cite(String factId) {
    if (knowledge.fact(factId).isEmpty()) {
      throw new IllegalStateException("cited fact " + factId + " is not in the knowledge pack");
    }
    rules.add(factId);
  }

  List<String> rules() {
    return List.copyOf(rules);
  }

  /** The sources of the cited facts, each once, in the order first cited. */
  List<String> sources() {
    Set<String> sources = new LinkedHashSet<>();
    for (String id : rules) {
      sources.addAll(knowledge.fact(id).orElseThrow().sources());
    }
    return List.copyOf(sources);
  }

  /** The sources of the given facts, for an alert's own source list. */
  List<String> sourcesOf(String... factIds) {
    Set<String> sources = new LinkedHashSet<>();
    for (String id : factIds) {
      sources.addAll(
          knowledge
              .fact(id)
              .orElseThrow(() -> new IllegalStateException("no fact " + id))
              .sources());
    }
    return List.copyOf(sources);
  }
}
