package org.tonus.core.knowledge;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.tonus.core.quantity.Dimension;

/** The type of value a fact field holds; the loader parses and checks each field by its type. */
public sealed interface FieldType {

  /** A quantity of one of the given dimensions ("80 mg/day"). */
  record Amount(Set<Dimension> dimensions) implements FieldType {
    public Amount {
      dimensions = Set.copyOf(dimensions);
    }

    String accepted() {
      return describe(dimensions);
    }
  }

  /** A range of quantities ("40-80 mg/day"), or a single quantity. */
  record AmountRange(Set<Dimension> dimensions) implements FieldType {
    public AmountRange {
      dimensions = Set.copyOf(dimensions);
    }

    String accepted() {
      return describe(dimensions);
    }
  }

  /** A whole number, zero or more. */
  record Count() implements FieldType {}

  /** A whole number or a range of whole numbers ("2-4"). */
  record CountRange() implements FieldType {}

  /** A decimal number, zero or more. */
  record Number() implements FieldType {}

  /** Free text in our own words. */
  record Text() implements FieldType {}

  /** One code of a closed vocabulary. */
  record Choice<E extends Enum<E> & Coded>(Class<E> type) implements FieldType {}

  /** A list of codes of a closed vocabulary. */
  record ChoiceList<E extends Enum<E> & Coded>(Class<E> type) implements FieldType {}

  /** An id in a vocabulary. */
  record Ref(ReferenceTarget target) implements FieldType {}

  /** A list of ids in a vocabulary. */
  record RefList(ReferenceTarget target) implements FieldType {}

  /** A year, year-month or full date. */
  record Date() implements FieldType {}

  /** A fraction between 0 and 1 ("1/3"). */
  record Ratio() implements FieldType {}

  static Amount amount(Dimension first, Dimension... rest) {
    return new Amount(EnumSet.of(first, rest));
  }

  static AmountRange range(Dimension first, Dimension... rest) {
    return new AmountRange(EnumSet.of(first, rest));
  }

  private static String describe(Set<Dimension> dimensions) {
    return dimensions.stream()
        .sorted()
        .map(Dimension::description)
        .collect(Collectors.joining(" or "));
  }
}
