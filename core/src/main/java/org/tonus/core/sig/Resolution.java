package org.tonus.core.sig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;

/**
 * What resolving the steps of one sig shares: the reading (for quoting and refusing), what the
 * knowledge says about the sig's brand, and the fact ids applied so far. One per parse.
 */
final class Resolution {
  final Reading r;
  final Optional<ProductCatalog.Brand> brand;
  final String brandWritten;
  private final int stepCount;
  private List<String> rules = List.of();

  Resolution(Reading r, Optional<ProductCatalog.Brand> brand, String brandWritten, int stepCount) {
    this.r = r;
    this.brand = brand;
    this.brandWritten = brandWritten;
    this.stepCount = stepCount;
  }

  /** Records fact ids applied, once each, in the order first applied. */
  void addRules(List<String> factIds) {
    for (String id : factIds) {
      if (!rules.contains(id)) {
        if (rules.isEmpty()) {
          rules = new ArrayList<>(4);
        }
        rules.add(id);
      }
    }
  }

  /** The fact ids applied, in order. */
  List<String> rules() {
    return List.copyOf(rules);
  }

  /** Records a refusal spanning {@code span} and returns null, for the callers' null checks. */
  <T> T refused(String message, Span span) {
    r.fail(message, span.from(), span.to());
    return null;
  }

  /** " in step 2" when the sig has several steps, so the message says which. */
  String where(StepDraft d) {
    return stepCount > 1 ? " in step " + d.number : "";
  }

  String quote(Span span) {
    return r.written(span.from(), span.to());
  }

  /** True for a range of one value ("10 mg", not "5-10 mg"). */
  static boolean isSingle(QuantityRange range) {
    return range.low() == range.high() || range.low().equals(range.high());
  }

  static boolean sameDimension(Quantity a, Quantity b) {
    return a.dimension() == b.dimension();
  }

  static boolean sameDoses(DoseAmount computed, QuantityRange stated) {
    return sameAmount(computed.low(), stated.low()) && sameAmount(computed.high(), stated.high());
  }

  static boolean sameAmount(Quantity a, Quantity b) {
    return a.dimension() == b.dimension()
        && a.dimension() != Dimension.CONCENTRATION
        && a.to(b.unit()).amount().compareTo(b.amount()) == 0;
  }
}
