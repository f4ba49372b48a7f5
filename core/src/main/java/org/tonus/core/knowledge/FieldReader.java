package org.tonus.core.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;

/**
 * Reads one typed field of a fact by its {@link FieldType}, reporting a malformed value at the
 * field's path. References are checked against the vocabularies here, so a reference to nothing
 * never loads.
 */
final class FieldReader {
  private static final Pattern COUNT_RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
  private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

  private final Predicate<Reference> referenceExists;

  FieldReader(Predicate<Reference> referenceExists) {
    this.referenceExists = referenceExists;
  }

  Optional<Object> read(YamlNode node, FieldType type) {
    if (type instanceof FieldType.Amount amount) {
      return node.scalar().flatMap(text -> quantity(node, text, amount));
    }
    if (type instanceof FieldType.AmountRange range) {
      return node.scalar().flatMap(text -> range(node, text, range));
    }
    if (type instanceof FieldType.Count) {
      return node.scalar().flatMap(text -> count(node, text));
    }
    if (type instanceof FieldType.CountRange) {
      return node.scalar().flatMap(text -> countRange(node, text));
    }
    if (type instanceof FieldType.Number) {
      return node.scalar().flatMap(text -> decimal(node, text));
    }
    if (type instanceof FieldType.Text) {
      return node.scalar().map(Object.class::cast);
    }
    if (type instanceof FieldType.Choice<?> choice) {
      return node.scalar().flatMap(text -> choice(node, text, choice.type()));
    }
    if (type instanceof FieldType.ChoiceList<?> choices) {
      return all(node, item -> item.scalar().flatMap(text -> choice(item, text, choices.type())));
    }
    if (type instanceof FieldType.Ref ref) {
      return node.scalar().flatMap(text -> reference(node, new Reference(ref.target(), text)));
    }
    if (type instanceof FieldType.RefList refs) {
      return all(
          node,
          item ->
              item.scalar().flatMap(text -> reference(item, new Reference(refs.target(), text))));
    }
    if (type instanceof FieldType.Date) {
      return node.scalar().flatMap(text -> date(node, text));
    }
    if (type instanceof FieldType.Ratio) {
      return node.scalar().flatMap(text -> fraction(node, text));
    }
    throw new IllegalStateException("no reader for " + type);
  }

  static Optional<Integer> count(YamlNode node, String text) {
    if (!text.matches("\\d+")) {
      node.problem("'" + text + "' is not a whole number");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  static Optional<Object> decimal(YamlNode node, String text) {
    if (!DECIMAL.matcher(text).matches()) {
      node.problem("'" + text + "' is not a number");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }

  private static Optional<Object> quantity(YamlNode node, String text, FieldType.Amount type) {
    try {
      Quantity quantity = Quantity.parse(text);
      if (!type.dimensions().contains(quantity.dimension())) {
        node.problem("'" + text + "' is not " + type.accepted());
        return Optional.empty();
      }
      return Optional.of(quantity);
    } catch (IllegalArgumentException e) {
      node.problem(e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Object> range(YamlNode node, String text, FieldType.AmountRange type) {
    try {
      QuantityRange range = QuantityRange.parse(text);
      if (!type.dimensions().contains(range.low().dimension())) {
        node.problem("'" + text + "' is not " + type.accepted());
        return Optional.empty();
      }
      return Optional.of(range);
    } catch (IllegalArgumentException e) {
      node.problem(e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Object> countRange(YamlNode node, String text) {
    if (text.matches("\\d+")) {
      int value = Integer.parseInt(text);
      return Optional.of(new IntRange(value, value));
    }
    Matcher m = COUNT_RANGE.matcher(text);
    if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
      return Optional.of(new IntRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    node.problem("'" + text + "' is not a whole number or a range such as 2-4");
    return Optional.empty();
  }

  private static <E extends Enum<E> & Coded> Optional<Object> choice(
      YamlNode node, String text, Class<E> type) {
    Optional<E> value = Coded.fromCode(type, text);
    if (value.isEmpty()) {
      node.problem("'" + text + "' is not one of: " + Coded.codes(type));
    }
    return value.map(Object.class::cast);
  }

  private Optional<Object> reference(YamlNode node, Reference reference) {
    if (!referenceExists.test(reference)) {
      node.problem(
          "no "
              + reference.target().noun()
              + " '"
              + reference.id()
              + "' in knowledge/"
              + reference.target().file());
      return Optional.empty();
    }
    return Optional.of(reference);
  }

  private static Optional<Object> date(YamlNode node, String text) {
    try {
      return Optional.of(PartialDate.parse(text));
    } catch (IllegalArgumentException e) {
      node.problem(e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<Object> fraction(YamlNode node, String text) {
    Matcher m = FRACTION.matcher(text);
    if (m.matches()) {
      int numerator = Integer.parseInt(m.group(1));
      int denominator = Integer.parseInt(m.group(2));
      if (denominator > 0 && numerator <= denominator) {
        return Optional.of(new Fraction(numerator, denominator));
      }
    }
    node.problem("'" + text + "' is not a fraction between 0 and 1 such as 1/3");
    return Optional.empty();
  }

  private static Optional<Object> all(
      YamlNode node, java.util.function.Function<YamlNode, Optional<Object>> each) {
    List<YamlNode> items = node.items();
    List<Object> values = new ArrayList<>();
    for (YamlNode item : items) {
      each.apply(item).ifPresent(values::add);
    }
    if (values.size() != items.size() || items.isEmpty()) {
      if (items.isEmpty()) {
        node.problem("expected at least one value");
      }
      return Optional.empty();
    }
    return Optional.of(List.copyOf(values));
  }
}
