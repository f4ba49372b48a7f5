package org.tonus.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;

/**
 * A form as submitted: the values typed (shown again with the answer), the JSON request of the
 * contract built from them, and the messages that belong next to a field or above the form. The
 * contract itself judges the request; this only turns text into JSON types and places the
 * contract's message (which starts with the field's path) beside the field it names.
 */
final class Submission {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<FormField> fields;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> errors = new LinkedHashMap<>();
  private final ObjectNode json = NODES.objectNode();
  private Optional<String> general = Optional.empty();

  private Submission(List<FormField> fields) {
    this.fields = List.copyOf(fields);
  }

  /** Reads every field through {@code param} (a query or form parameter, null when absent). */
  static Submission read(List<FormField> fields, Function<String, String> param) {
    Submission submission = new Submission(fields);
    for (FormField field : fields) {
      String raw = param.apply(field.name());
      String value = raw == null ? "" : raw.strip();
      submission.values.put(field.name(), value);
      submission.put(field, value);
    }
    return submission;
  }

  /** An empty form with defaults filled in, for the first visit. */
  static Submission blank(List<FormField> fields, Map<String, String> defaults) {
    Submission submission = new Submission(fields);
    fields.forEach(field -> submission.values.put(field.name(), ""));
    submission.values.putAll(defaults);
    return submission;
  }

  private void put(FormField field, String value) {
    if (value.isEmpty()) {
      if (field.required()) {
        errors.put(field.name(), field.label() + " is required.");
      }
      return;
    }
    switch (field.kind()) {
      case TEXT -> set(field.jsonPath(), NODES.textNode(value));
      case CHECKBOX -> set(field.jsonPath(), NODES.booleanNode(true));
      case NUMBER ->
          number(value)
              .ifPresentOrElse(
                  n -> set(field.jsonPath(), NODES.numberNode(n)),
                  () ->
                      errors.put(
                          field.name(), field.label() + ": '" + value + "' is not a number."));
      case WHOLE_NUMBER ->
          whole(value)
              .ifPresentOrElse(
                  n -> set(field.jsonPath(), NODES.numberNode(n)),
                  () ->
                      errors.put(
                          field.name(),
                          field.label() + ": '" + value + "' is not a whole number."));
      case NUMBERS -> numbers(field, value);
      case LINES -> {
        ArrayNode items = NODES.arrayNode();
        value
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .forEach(line -> items.add(NODES.objectNode().put("text", line)));
        set(field.jsonPath(), items);
      }
    }
  }

  private void numbers(FormField field, String value) {
    ArrayNode items = NODES.arrayNode();
    for (String part : value.split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      Optional<BigDecimal> number = number(part);
      if (number.isEmpty()) {
        errors.put(
            field.name(), field.label() + ": '" + part + "' is not a number (e.g. 5, 10, 20).");
        return;
      }
      items.add(NODES.numberNode(number.get()));
    }
    set(field.jsonPath(), items);
  }

  private static Optional<BigDecimal> number(String text) {
    // plain decimals only: no exponent, no sign games, at most the digits a request may carry
    if (!text.matches("-?\\d{1,15}(\\.\\d{1,15})?") && !text.matches("-?\\.\\d{1,15}")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }

  private static Optional<Integer> whole(String text) {
    return text.matches("-?\\d{1,9}") ? Optional.of(Integer.valueOf(text)) : Optional.empty();
  }

  private void set(String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode node = json;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
    }
    node.set(parts[parts.length - 1], value);
  }

  /** Adds a value no field of the form carries (e.g. {@code today} from the server's clock). */
  Submission with(String path, String text) {
    set(path, NODES.textNode(text));
    return this;
  }

  /** The contract's request, once every field read well. */
  RequestFields request() {
    return RequestFields.root(json);
  }

  boolean valid() {
    return errors.isEmpty() && general.isEmpty();
  }

  /**
   * Places the contract's refusal beside the field whose path the message starts with (the longest
   * such path), or above the form when it names none of them.
   */
  void refuse(BadRequestException refusal) {
    String message = refusal.getMessage();
    Optional<FormField> named =
        fields.stream()
            .filter(field -> startsWithPath(message, field.jsonPath()))
            .max(Comparator.comparingInt(field -> field.jsonPath().length()));
    if (named.isPresent()) {
      errors.put(named.get().name(), named.get().label() + ": " + message);
    } else {
      general = Optional.of(message);
    }
  }

  /** A message for one field found by other means (e.g. an order the checker cannot read). */
  void fieldError(String name, String message) {
    errors.put(name, message);
  }

  private static boolean startsWithPath(String message, String path) {
    if (!message.startsWith(path)) {
      return false;
    }
    if (message.length() == path.length()) {
      return true;
    }
    char next = message.charAt(path.length());
    return next == ' ' || next == '[' || next == '.' || next == ':';
  }

  Map<String, String> values() {
    return values;
  }

  Map<String, String> errors() {
    return errors;
  }

  Optional<String> general() {
    return general;
  }
}
