package org.tonus.core.sig;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.Drug;

/**
 * A prescription's directions read into structure: the drug (a brand resolves to its generic;
 * absent when the sig names none, as in "1 tab po tid"), the brand as the vocabulary spells it, the
 * order verb, one or more steps in the order they are taken, the indication as written and the
 * condition it names in the vocabulary, and the food advice. {@code rules} lists the ids of the
 * knowledge facts the parser applied (a brand's concentration, form or route). {@code text} is the
 * sig as written. Steps are never empty.
 */
public record Sig(
    String text,
    Optional<Drug> drug,
    Optional<String> brand,
    OrderVerb verb,
    List<SigStep> steps,
    Optional<String> indication,
    FoodAdvice food,
    Optional<String> indicationConditionId,
    List<String> rules) {

  /**
   * The id of the drug this software is about. Every baclofen name and brand in the vocabulary
   * resolves to this entry.
   */
  static final String BACLOFEN_ID = "baclofen";

  public Sig {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(indication, "indication");
    Objects.requireNonNull(food, "food");
    Objects.requireNonNull(indicationConditionId, "indicationConditionId");
    steps = List.copyOf(steps);
    rules = List.copyOf(rules);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a sig has at least one step: " + text);
    }
    if (brand.isPresent() && drug.isEmpty()) {
      throw new IllegalArgumentException("brand " + brand.get() + " without its drug");
    }
    if (indicationConditionId.isPresent() && indication.isEmpty()) {
      throw new IllegalArgumentException("a condition id without the indication text");
    }
  }

  /** A sig with the components the order contract names; no condition id, no rules. */
  public Sig(
      String text,
      Optional<Drug> drug,
      Optional<String> brand,
      OrderVerb verb,
      List<SigStep> steps,
      Optional<String> indication,
      FoodAdvice food) {
    this(text, drug, brand, verb, steps, indication, food, Optional.empty(), List.of());
  }

  /** True when the sig names baclofen, under any name or brand. */
  public boolean isBaclofen() {
    return drug.filter(d -> d.id().equals(BACLOFEN_ID)).isPresent();
  }

  /** The first step; most orders have only this one. */
  public SigStep firstStep() {
    return steps.get(0);
  }

  /** True when the order ends the drug: a stop verb, or a schedule whose last step is stop. */
  public boolean stops() {
    return verb == OrderVerb.STOP || steps.get(steps.size() - 1).stop();
  }

  /** The same structure with another original text (what a round trip through print keeps). */
  public Sig withText(String newText) {
    return new Sig(
        newText, drug, brand, verb, steps, indication, food, indicationConditionId, rules);
  }

  /** The sig written in the parser's canonical words; parsing it gives an equal structure. */
  public String toCanonicalText() {
    return SigPrinter.print(this);
  }
}
