package org.tonus.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every factual statement of the five seed pages has a home: a fact that cites the seed, or, where
 * the knowledge deliberately departs from the page, a conflict whose position cites the seed.
 */
class SeedStatementsTest {
  static Knowledge knowledge;
  static Map<String, Conflict> conflicts;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.loadBundled();
    conflicts = knowledge.conflicts().collect(Collectors.toMap(Conflict::id, Function.identity()));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
  @CsvFileSource(resources = "/seed-statements.csv", numLinesToSkip = 1)
  void theSeedStatementLivesInTheKnowledgeWithTheSeedAsSource(
      String seed, String claim, String relation, String ref) {
    switch (relation) {
      case "supports" -> {
        Fact fact = knowledge.fact(ref).orElseThrow(() -> new AssertionError("no fact " + ref));
        assertThat(fact.sources()).as("sources of %s", ref).contains(seed);
      }
      case "departs" -> {
        Conflict conflict = conflicts.get(ref);
        assertThat(conflict).as("conflict %s", ref).isNotNull();
        assertThat(conflict.positions())
            .as("a position of %s cites %s", ref, seed)
            .anySatisfy(p -> assertThat(p.sources()).contains(seed));
      }
      default -> throw new AssertionError("relation must be supports or departs: " + relation);
    }
  }

  @Test
  void theTableCoversEveryPageWithAtLeastAHundredStatements() throws IOException {
    List<String> rows;
    try (InputStream in = SeedStatementsTest.class.getResourceAsStream("/seed-statements.csv")) {
      rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
    assertThat(rows.stream().map(r -> r.substring(0, r.indexOf(','))).distinct())
        .containsExactly("seed-000", "seed-001", "seed-002", "seed-003", "seed-004");
  }
}
