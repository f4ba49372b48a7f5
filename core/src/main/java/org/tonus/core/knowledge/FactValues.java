package org.tonus.core.knowledge;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;

/**
 * The typed fields of one fact, already parsed and checked against {@link FieldType}. Reading a
 * field as a type it does not have is a programming error and throws.
 */
public final class FactValues {
  private final Map<FactField, Object> values;

  FactValues(Map<FactField, Object> values) {
    this.values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
  }

  static FactValues none() {
    return new FactValues(Map.of());
  }

  public boolean has(FactField field) {
    return values.containsKey(field);
  }

  public Optional<Quantity> quantity(FactField field) {
    return get(field, FieldType.Amount.class, Quantity.class);
  }

  public Optional<QuantityRange> range(FactField field) {
    return get(field, FieldType.AmountRange.class, QuantityRange.class);
  }

  public Optional<Integer> count(FactField field) {
    return get(field, FieldType.Count.class, Integer.class);
  }

  public Optional<IntRange> countRange(FactField field) {
    return get(field, FieldType.CountRange.class, IntRange.class);
  }

  public Optional<BigDecimal> number(FactField field) {
    return get(field, FieldType.Number.class, BigDecimal.class);
  }

  public Optional<String> text(FactField field) {
    return get(field, FieldType.Text.class, String.class);
  }

  public Optional<PartialDate> date(FactField field) {
    return get(field, FieldType.Date.class, PartialDate.class);
  }

  public Optional<Fraction> fraction(FactField field) {
    return get(field, FieldType.Ratio.class, Fraction.class);
  }

  public Optional<Reference> reference(FactField field) {
    return get(field, FieldType.Ref.class, Reference.class);
  }

  public <E extends Enum<E> & Coded> Optional<E> choice(FactField field, Class<E> type) {
    return get(field, FieldType.Choice.class, type);
  }

  /** The references of a list field; empty when the field is absent. */
  public List<Reference> references(FactField field) {
    requireType(field, FieldType.RefList.class);
    return listOf(field, Reference.class);
  }

  /** The codes of a choice-list field; empty when the field is absent. */
  public <E extends Enum<E> & Coded> List<E> choices(FactField field, Class<E> type) {
    requireType(field, FieldType.ChoiceList.class);
    return listOf(field, type);
  }

  /** Every reference this fact makes, single or listed, for cross-reference checks. */
  public List<Reference> allReferences() {
    return values.values().stream()
        .flatMap(v -> v instanceof List<?> list ? list.stream() : java.util.stream.Stream.of(v))
        .filter(Reference.class::isInstance)
        .map(Reference.class::cast)
        .toList();
  }

  /** The raw value of a field, for rendering. */
  public Optional<Object> raw(FactField field) {
    return Optional.ofNullable(values.get(field));
  }

  private <T> Optional<T> get(FactField field, Class<? extends FieldType> expected, Class<T> type) {
    requireType(field, expected);
    return Optional.ofNullable(values.get(field)).map(type::cast);
  }

  private <T> List<T> listOf(FactField field, Class<T> type) {
    Object value = values.get(field);
    if (value == null) {
      return List.of();
    }
    return ((List<?>) value).stream().map(type::cast).toList();
  }

  private static void requireType(FactField field, Class<? extends FieldType> expected) {
    if (!expected.isInstance(field.type())) {
      throw new IllegalArgumentException(
          field
              + " is a "
              + field.type().getClass().getSimpleName()
              + ", not a "
              + expected.getSimpleName());
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FactValues that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
