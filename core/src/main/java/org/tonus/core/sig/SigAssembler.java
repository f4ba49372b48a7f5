package org.tonus.core.sig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Drug;

/**
 * Last stage: resolves the step drafts in order, each against the one before, and builds the {@link
 * Sig} with the drug, the indication matched to a condition, and the fact ids applied.
 */
final class SigAssembler {
  private final ProductCatalog products;
  private final ConditionIndex conditions;

  SigAssembler(ProductCatalog products, ConditionIndex conditions) {
    this.products = products;
    this.conditions = conditions;
  }

  /** The sig, or null after a refusal recorded in {@code r}. */
  Sig assemble(Reading r, SigDraft draft) {
    Optional<Drug> drug = Optional.ofNullable(draft.drug).map(DrugName::drug);
    Optional<String> brand = Optional.ofNullable(draft.drug).flatMap(DrugName::brand);
    List<String> rules = new ArrayList<>(0);
    StepResolver resolver =
        new StepResolver(
            new Resolution(
                r, brand.flatMap(products::brand), brand.orElse(""), draft.steps.size(), rules));
    SigStep[] steps = new SigStep[draft.steps.size()];
    SigStep previous = null;
    for (int i = 0; i < steps.length; i++) {
      previous = resolver.resolve(draft.steps.get(i), previous);
      if (previous == null) {
        return null;
      }
      steps[i] = previous;
    }
    Optional<String> indication =
        Optional.ofNullable(draft.indication).map(s -> r.written(s.from(), s.to()));
    Optional<String> conditionId = indication.flatMap(conditions::conditionId);
    return new Sig(
        r.text(),
        drug,
        brand,
        draft.verb,
        List.of(steps),
        indication,
        draft.food,
        conditionId,
        List.copyOf(rules));
  }
}
