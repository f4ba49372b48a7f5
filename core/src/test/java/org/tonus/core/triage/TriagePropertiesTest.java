package org.tonus.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.Symptom;

/**
 * Invariants of triage over generated reports: a red flag never lowers the outcome, a denial never
 * raises it, and any text at all gets an answer that keeps the promises of {@link
 * TriageInvariants}.
 */
class TriagePropertiesTest {
  private static final Triage TRIAGE = TriageCasesTest.TRIAGE;
  private static final List<String> RED_FLAGS =
      List.of(
          "I had a seizure",
          "I can't breathe",
          "chest pain",
          "I saw things that weren't there",
          "he is unresponsive",
          "my pump is beeping");
  private static final List<String> OTHER_WORDS =
      List.of("really", "a bit", "very", "still", "since yesterday", "elbow", "purple", "and");

  /** Every clinical name and lay word of the vocabulary. */
  private static final List<String> PHRASES =
      TriageCasesTest.KNOWLEDGE.symptoms().symptoms().stream()
          .flatMap(TriagePropertiesTest::phrases)
          .sorted()
          .toList();

  private static java.util.stream.Stream<String> phrases(Symptom symptom) {
    return java.util.stream.Stream.concat(
        java.util.stream.Stream.of(symptom.name()), symptom.synonyms().stream());
  }

  @Property(tries = 300)
  void addingARedFlagNeverLowersTheOutcome(
      @ForAll("reports") List<String> parts,
      @ForAll("redFlags") String redFlag,
      @ForAll("contexts") TriageRequest context) {
    TriageOutcome before = TRIAGE.triage(context.withText(String.join(". ", parts))).outcome();
    List<String> more = new java.util.ArrayList<>(parts);
    more.add(redFlag);
    TriageOutcome after = TRIAGE.triage(context.withText(String.join(". ", more))).outcome();
    assertThat(after).isGreaterThanOrEqualTo(before);
    assertThat(after).isEqualTo(TriageOutcome.SEEK_CARE_NOW);
  }

  @Property(tries = 300)
  void addingAnySymptomNeverLowersTheOutcome(
      @ForAll("reports") List<String> parts,
      @ForAll("phrases") String symptom,
      @ForAll("contexts") TriageRequest context) {
    TriageOutcome before = TRIAGE.triage(context.withText(String.join(". ", parts))).outcome();
    List<String> more = new java.util.ArrayList<>(parts);
    more.add(symptom);
    TriageOutcome after = TRIAGE.triage(context.withText(String.join(". ", more))).outcome();
    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 300)
  void denyingASymptomNeverRaisesTheOutcome(
      @ForAll("reports") List<String> parts,
      @ForAll("phrases") String symptom,
      @ForAll("contexts") TriageRequest context) {
    List<String> affirmed = new java.util.ArrayList<>(parts);
    affirmed.add(symptom);
    List<String> denied = new java.util.ArrayList<>(parts);
    denied.add("no " + symptom);
    TriageOutcome with = TRIAGE.triage(context.withText(String.join(". ", affirmed))).outcome();
    TriageOutcome without = TRIAGE.triage(context.withText(String.join(". ", denied))).outcome();
    assertThat(without).isLessThanOrEqualTo(with);
  }

  @Property(tries = 300)
  void anyTextGetsAnAnswerThatKeepsItsPromises(
      @ForAll @StringLength(min = 1, max = 300) String text,
      @ForAll("contexts") TriageRequest context) {
    boolean noContext =
        !context.recentStop()
            && context.missedDoses() == 0
            && !context.pumpProblem()
            && !context.doseRecentlyIncreased()
            && !context.kidneyDecline();
    if (text.isBlank() && noContext) {
      assertThatThrownBy(() -> context.withText(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("text is blank");
      return;
    }
    TriageInvariants.hold(TRIAGE.triage(context.withText(text)));
  }

  @Provide
  Arbitrary<List<String>> reports() {
    Arbitrary<String> part =
        Arbitraries.oneOf(
            Arbitraries.of(PHRASES),
            Arbitraries.of(PHRASES).map(p -> "no " + p),
            Arbitraries.of(PHRASES).map(p -> "a bit " + p),
            Arbitraries.of(PHRASES).map(p -> "very " + p),
            Arbitraries.of(OTHER_WORDS));
    return part.list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> redFlags() {
    return Arbitraries.of(RED_FLAGS);
  }

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of(PHRASES);
  }

  @Provide
  Arbitrary<TriageRequest> contexts() {
    return Combinators.combine(
            Arbitraries.of(Jurisdiction.values()),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.<Optional<Route>>of(Optional.empty(), Optional.of(Route.INTRATHECAL)))
        .as(
            (jurisdiction, stop, missed, pump, increase, kidneys, route) ->
                new TriageRequest(
                    "x",
                    jurisdiction,
                    route,
                    stop,
                    missed,
                    pump,
                    increase,
                    kidneys,
                    Optional.empty()));
  }
}
