package org.tonus.core.sig;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reader found at the level of the whole sig: verb, drug, indication, food, and the step
 * drafts in order. Mutable and used by one parse only; absent parts are null. Setters record a
 * refusal and return false on a second, different value.
 */
final class SigDraft {
  OrderVerb verb = OrderVerb.NEW;
  Span verbSpan;
  DrugName drug;
  Span drugSpan;
  Span indication;
  FoodAdvice food = FoodAdvice.NOT_STATED;
  Span foodSpan;
  final List<StepDraft> steps = new ArrayList<>(3);

  boolean drug(Reading reading, DrugName named, Span where) {
    if (drug == null) {
      drug = named;
      drugSpan = where;
      return true;
    }
    if (!drug.generic().id().equals(named.generic().id())) {
      reading.fail(
          "two drugs: '"
              + reading.written(drugSpan.from(), drugSpan.to())
              + "' and '"
              + reading.written(where.from(), where.to())
              + "'",
          drugSpan.from(),
          where.to());
      return false;
    }
    if (named.brand().isPresent()) {
      if (drug.brand().isPresent() && !drug.brand().equals(named.brand())) {
        reading.fail(
            "two products: '"
                + reading.written(drugSpan.from(), drugSpan.to())
                + "' and '"
                + reading.written(where.from(), where.to())
                + "'",
            drugSpan.from(),
            where.to());
        return false;
      }
      drug = named;
      drugSpan = where;
    }
    return true;
  }

  boolean food(Reading reading, FoodAdvice advice, Span where) {
    if (food != FoodAdvice.NOT_STATED && food != advice) {
      reading.fail(
          "two food instructions: '"
              + reading.written(foodSpan.from(), foodSpan.to())
              + "' and '"
              + reading.written(where.from(), where.to())
              + "'",
          foodSpan.from(),
          where.to());
      return false;
    }
    food = advice;
    foodSpan = where;
    return true;
  }

  boolean indication(Reading reading, Span where) {
    if (indication != null) {
      reading.fail(
          "two indications: '"
              + reading.written(indication.from(), indication.to())
              + "' and '"
              + reading.written(where.from(), where.to())
              + "'",
          indication.from(),
          where.to());
      return false;
    }
    indication = where;
    return true;
  }
}
