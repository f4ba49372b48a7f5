package org.tonus.core.sig;

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
  private final StepResolver resolver = new StepResolver();

  SigAssembler(ProductCatalog products, ConditionIndex conditions) {
    this.products = products;
    this.conditions = conditions;
  }

  /** The sig, or null after a refusal recorded in {@code r}. */
  Sig assemble(Reading r, SigDraft draft) {
    Optional<Drug> drug = draft.drug == null ? Optional.empty() : draft.drug.drug();
    Optional<String> brand = draft.drug == null ? Optional.empty() : draft.drug.brand();
    Optional<ProductCatalog.Brand> facts =
        brand.isPresent() ? products.brand(brand.get()) : Optional.empty();
    Resolution resolution = new Resolution(r, facts, brand.orElse(""), draft.steps.size());
    SigStep[] steps = new SigStep[draft.steps.size()];
    SigStep previous = null;
    for (int i = 0; i < steps.length; i++) {
      previous = resolver.resolve(resolution, draft.steps.get(i), previous);
      if (previous == null) {
        return null;
      }
      steps[i] = previous;
    }
    Optional<String> indication = Optional.empty();
    Optional<String> conditionId = Optional.empty();
    if (draft.indication != null) {
      String written = r.written(draft.indication.from(), draft.indication.to());
      indication = Optional.of(written);
      conditionId = conditions.conditionId(written);
    }
    return new Sig(
        r.text(),
        drug,
        brand,
        draft.verb,
        List.of(steps),
        indication,
        draft.food,
        conditionId,
        resolution.rules());
  }
}
