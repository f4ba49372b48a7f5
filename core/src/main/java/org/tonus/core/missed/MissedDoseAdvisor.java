package org.tonus.core.missed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.MissedDoseRule;
import org.tonus.core.knowledge.Route;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.Unit;

/**
 * Advice for a missed oral dose from the missed-dose facts (POL-11): never a double dose
 * (MISS-02-A). Where the jurisdiction keeps a minimum gap before the next dose (UK, MISS-02-E), the
 * dose is taken now only when the next one is at least that far away. Elsewhere it is taken only
 * within the window after its own time (MISS-02-D) and only when the next dose is further away than
 * that window (POL-11: skip when the next dose is close). Thread-safe.
 */
public final class MissedDoseAdvisor {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final Map<Jurisdiction, Timing> timings = new EnumMap<>(Jurisdiction.class);
  private final Fact neverDouble;
  private final Fact policy;
  private final Map<MissedDoseRule, List<Fact>> byRule = new EnumMap<>(MissedDoseRule.class);

  public MissedDoseAdvisor(Knowledge knowledge) {
    this.neverDouble = fact(knowledge, "MISS-02-A");
    this.policy = fact(knowledge, "MISS-02-G"); // POL-11
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      List<Fact> facts =
          knowledge.facts(FactKind.MISSED_DOSE).stream()
              .filter(f -> f.scope().appliesIn(jurisdiction))
              .filter(f -> f.scope().route().map(Route.ORAL::equals).orElse(true))
              .toList();
      timings.put(jurisdiction, timing(jurisdiction, facts));
    }
    knowledge
        .facts(FactKind.MISSED_DOSE)
        .forEach(f -> byRule.computeIfAbsent(rule(f), r -> new ArrayList<>()).add(f));
  }

  public MissedDoseAdvice advise(MissedDoseRequest request) {
    Duration since = Duration.between(request.missedAt(), request.now());
    Duration until = Duration.between(request.now(), request.nextDoseAt());
    Timing timing = timings.get(request.jurisdiction());
    boolean take =
        switch (timing.rule()) {
          // MISS-02-E: keep the minimum gap before the next dose
          case MINIMUM_GAP -> until.compareTo(timing.hours()) >= 0;
          // MISS-02-D within the window of its own time; POL-11 not when the next is that close
          default -> since.compareTo(timing.hours()) <= 0 && until.compareTo(timing.hours()) > 0;
        };
    Set<Fact> used = new LinkedHashSet<>();
    used.add(neverDouble);
    used.add(policy);
    used.add(timing.fact());
    List<String> advice = new ArrayList<>();
    String next = request.nextDoseAt().format(TIME);
    String dose = request.doseMg().stripTrailingZeros().toPlainString() + " mg";
    if (take) {
      advice.add(
          "Take the missed " + dose + " dose now, then the next dose at " + next + " as usual.");
      byRule.getOrDefault(MissedDoseRule.TAKE_WHEN_REMEMBERED, List.of()).stream()
          .filter(f -> f.scope().appliesIn(request.jurisdiction()))
          .forEach(used::add); // MISS-02-B
    } else {
      advice.add(
          "Leave out the missed dose and take the next "
              + dose
              + " dose at "
              + next
              + " as usual.");
    }
    used.stream().filter(f -> f != policy).map(Fact::text).forEach(advice::add);
    Set<String> sources = new LinkedHashSet<>();
    used.forEach(f -> sources.addAll(f.sources()));
    return new MissedDoseAdvice(
        take ? MissedDoseAction.TAKE_NOW : MissedDoseAction.SKIP,
        take ? request.doseMg() : BigDecimal.ZERO,
        true,
        advice,
        since.toMinutes(),
        until.toMinutes(),
        used.stream().map(Fact::id).toList(),
        List.copyOf(sources));
  }

  /** Convenience for the command line and HTTP: the same advice from the four values. */
  public MissedDoseAdvice advise(
      Jurisdiction jurisdiction,
      LocalDateTime missedAt,
      LocalDateTime now,
      LocalDateTime nextDoseAt,
      BigDecimal doseMg) {
    return advise(new MissedDoseRequest(jurisdiction, missedAt, now, nextDoseAt, doseMg));
  }

  /** The timing rule of a jurisdiction: a minimum gap where one applies, else the soon window. */
  private static Timing timing(Jurisdiction jurisdiction, List<Fact> facts) {
    Optional<Timing> gap = withHours(facts, MissedDoseRule.MINIMUM_GAP);
    return gap.or(() -> withHours(facts, MissedDoseRule.SKIP_IF_NEXT_DOSE_SOON))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the pack has no missed-dose timing in hours for " + jurisdiction));
  }

  private static Optional<Timing> withHours(List<Fact> facts, MissedDoseRule rule) {
    return facts.stream()
        .filter(f -> rule(f) == rule)
        .filter(f -> f.values().has(FactField.HOURS))
        .findFirst()
        .map(f -> new Timing(rule, hours(f), f));
  }

  private static Duration hours(Fact fact) {
    Quantity hours = fact.values().quantity(FactField.HOURS).orElseThrow().to(Unit.HOUR);
    // whole minutes: a knowledge window such as 1 h or 4 h, exact in minutes
    long minutes = hours.amount().multiply(BigDecimal.valueOf(60)).longValueExact();
    return Duration.ofMinutes(minutes);
  }

  private static MissedDoseRule rule(Fact fact) {
    return fact.values().choice(FactField.MISSED_DOSE_RULE, MissedDoseRule.class).orElseThrow();
  }

  private static Fact fact(Knowledge knowledge, String id) {
    return knowledge
        .fact(id)
        .orElseThrow(() -> new IllegalStateException("the pack has no fact " + id));
  }

  private record Timing(MissedDoseRule rule, Duration hours, Fact fact) {}
}
