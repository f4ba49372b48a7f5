package org.tonus.core.plan;

import java.math.BigDecimal;
import java.util.List;
import org.tonus.core.knowledge.Fact;

/** One ceiling on a plan's daily total, what it is in words, and the facts it comes from. */
record Limit(Kind kind, BigDecimal dailyMg, String description, List<Fact> facts) {

  enum Kind {
    JURISDICTION_MAXIMUM,
    CHILD_MAXIMUM,
    KIDNEY,
    TARGET
  }

  Limit {
    dailyMg = Amounts.normal(dailyMg);
    facts = List.copyOf(facts);
  }
}
