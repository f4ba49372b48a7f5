package org.tonus.app.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object of a request. JSON null and an absent field both mean "not
 * given", resolved here once; a present field of the wrong type or with an impossible value is a
 * {@link BadRequestException} naming the field path, the value and what is accepted.
 */
public final class RequestFields {
  /** Digits a request number may have on each side of the point; far beyond any real amount. */
  static final int MAX_DIGITS = 15;

  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

  private final JsonNode node;
  // The path is written out only when a message needs it: a list item keeps its list's path and
  // its index until then (a request reads dozens of them and nearly always without an error).
  private String path;
  private final String listPath;
  private final int index;

  private RequestFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
    this.listPath = null;
    this.index = -1;
  }

  private RequestFields(JsonNode node, String listPath, int index) {
    this.node = node;
    this.path = null;
    this.listPath = listPath;
    this.index = index;
  }

  private String ownPath() {
    String known = path;
    if (known == null) {
      known = listPath + "[" + index + "]";
      path = known;
    }
    return known;
  }

  /** The top-level object of a request; anything else is refused. */
  public static RequestFields root(JsonNode node) {
    if (!node.isObject()) {
      throw new BadRequestException("the request must be a JSON object, not " + describe(node));
    }
    return new RequestFields(node, "");
  }

  /** Refuses fields this request does not know, so a typo never silently drops a value. */
  public RequestFields allowOnly(String... names) {
    Iterator<String> fields = node.fieldNames();
    while (fields.hasNext()) {
      String field = fields.next();
      if (!known(names, field)) {
        throw new BadRequestException(
            where(field)
                + " is not a known field; known here: "
                + Arrays.stream(names).sorted().collect(Collectors.joining(", ")));
      }
    }
    return this;
  }

  // A request object has a handful of fields: a scan of the names beats building a set each time.
  private static boolean known(String[] names, String field) {
    for (String name : names) {
      if (name.equals(field)) {
        return true;
      }
    }
    return false;
  }

  public boolean has(String field) {
    return present(field).isPresent();
  }

  public Optional<RequestFields> object(String field) {
    return present(field)
        .map(
            value -> {
              if (!value.isObject()) {
                throw new BadRequestException(
                    where(field) + " must be an object, not " + describe(value));
              }
              return new RequestFields(value, where(field));
            });
  }

  public RequestFields requiredObject(String field) {
    return object(field).orElseThrow(() -> missing(field, "an object"));
  }

  public Optional<String> text(String field) {
    return present(field)
        .map(
            value -> {
              if (!value.isTextual()) {
                throw new BadRequestException(
                    where(field) + " must be text, not " + describe(value));
              }
              return value.asText();
            });
  }

  public String requiredText(String field) {
    return text(field).orElseThrow(() -> missing(field, "text"));
  }

  /** A list of objects, each read with its own path ({@code patient.conditions[1]}). */
  public List<RequestFields> objects(String field) {
    Optional<JsonNode> value = present(field);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw new BadRequestException(
          where(field) + " must be a list of objects, not " + describe(value.get()));
    }
    List<RequestFields> objects = new ArrayList<>();
    String list = where(field);
    for (int i = 0; i < value.get().size(); i++) {
      JsonNode item = value.get().get(i);
      if (!item.isObject()) {
        throw new BadRequestException(
            list + "[" + i + "] must be an object, not " + describe(item));
      }
      objects.add(new RequestFields(item, list, i));
    }
    return objects;
  }

  /** A list of texts; empty when absent. */
  public List<String> texts(String field) {
    Optional<JsonNode> value = present(field);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw new BadRequestException(
          where(field) + " must be a list of texts, not " + describe(value.get()));
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < value.get().size(); i++) {
      JsonNode item = value.get().get(i);
      if (!item.isTextual()) {
        throw new BadRequestException(
            where(field) + "[" + i + "] must be text, not " + describe(item));
      }
      texts.add(item.asText());
    }
    return texts;
  }

  /** A list of numbers; empty when absent. */
  public List<BigDecimal> decimals(String field) {
    Optional<JsonNode> value = present(field);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw new BadRequestException(
          where(field) + " must be a list of numbers, not " + describe(value.get()));
    }
    List<BigDecimal> numbers = new ArrayList<>();
    for (int i = 0; i < value.get().size(); i++) {
      JsonNode item = value.get().get(i);
      if (!item.isNumber()) {
        throw new BadRequestException(
            where(field) + "[" + i + "] must be a number, not " + describe(item));
      }
      numbers.add(bounded(where(field) + "[" + i + "]", item.decimalValue()));
    }
    return numbers;
  }

  public Optional<BigDecimal> decimal(String field) {
    return present(field)
        .map(
            value -> {
              if (value.isNumber()) {
                return bounded(where(field), value.decimalValue());
              }
              throw new BadRequestException(
                  where(field) + " must be a number, not " + describe(value));
            });
  }

  public BigDecimal requiredDecimal(String field) {
    return decimal(field).orElseThrow(() -> missing(field, "a number"));
  }

  public Optional<Integer> integer(String field) {
    return present(field)
        .map(
            value -> {
              if (value.isIntegralNumber() && value.canConvertToInt()) {
                return value.intValue();
              }
              throw new BadRequestException(
                  where(field) + " must be a whole number, not " + describe(value));
            });
  }

  public int requiredInteger(String field) {
    return integer(field).orElseThrow(() -> missing(field, "a whole number"));
  }

  public Optional<Boolean> bool(String field) {
    return present(field)
        .map(
            value -> {
              if (!value.isBoolean()) {
                throw new BadRequestException(
                    where(field) + " must be true or false, not " + describe(value));
              }
              return value.booleanValue();
            });
  }

  public Optional<LocalDate> date(String field) {
    return text(field).map(value -> date(where(field), value));
  }

  /**
   * A date as a request or a flag writes it ({@code 2026-11-23}), within the years plans and
   * refills can count days forward from (year 999999999 would overflow); {@code where} names the
   * field.
   */
  public static LocalDate date(String where, String value) {
    LocalDate date;
    try {
      date = parseDate(value.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(where + " '" + value + "' is not a date like 2026-11-23");
    }
    if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
      throw new BadRequestException(
          where
              + " '"
              + value
              + "' is out of range: a date in a request lies between "
              + FIRST_DATE
              + " and "
              + LAST_DATE);
    }
    return date;
  }

  /**
   * {@link LocalDate#parse} with a quick path for the common yyyy-mm-dd form; anything else, and
   * any impossible date, goes to {@code LocalDate.parse} so the same texts pass and fail.
   */
  private static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException impossible) {
          // fall through: LocalDate.parse refuses it with its own exception
        }
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * The ASCII digits from {@code from} to {@code to} as a number, or -1 when one is not a digit.
   */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  public LocalDate requiredDate(String field) {
    return date(field).orElseThrow(() -> missing(field, "a date like 2026-11-23"));
  }

  /** An enum value written in any case, with '-' or '_'; the message lists the accepted words. */
  public <E extends Enum<E>> Optional<E> choice(String field, Class<E> type) {
    return text(field)
        .map(
            value -> {
              String key = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
              for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(key)) {
                  return constant;
                }
              }
              throw new BadRequestException(
                  where(field)
                      + " '"
                      + value
                      + "' is not one of "
                      + Arrays.stream(type.getEnumConstants())
                          .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                          .collect(Collectors.joining(", ")));
            });
  }

  /** Where this object is in the request, for messages: {@code patient.conditions[1]}. */
  public String path() {
    String own = ownPath();
    return own.isEmpty() ? "the request" : own;
  }

  /** The path of a field in the request, for messages: {@code patient.weightKg}. */
  public String where(String field) {
    String own = ownPath();
    return own.isEmpty() ? field : own + "." + field;
  }

  private Optional<JsonNode> present(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Refuses a number no request means, such as {@code 1e999999999}: JSON allows any exponent, but
   * exact arithmetic on it (or printing it in full) would take the machine's whole memory.
   */
  private static BigDecimal bounded(String where, BigDecimal value) {
    BigDecimal normal = value.stripTrailingZeros();
    int wholeDigits = normal.precision() - normal.scale();
    if (wholeDigits > MAX_DIGITS || normal.scale() > MAX_DIGITS) {
      throw new BadRequestException(
          where
              + " "
              + value
              + " is out of range: a number in a request has at most "
              + MAX_DIGITS
              + " digits before and "
              + MAX_DIGITS
              + " after the decimal point");
    }
    return value;
  }

  private BadRequestException missing(String field, String expected) {
    return new BadRequestException(where(field) + " is required (" + expected + ")");
  }

  private static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "the text '" + value.asText() + "'";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "an object";
    }
    return value.toString();
  }
}
