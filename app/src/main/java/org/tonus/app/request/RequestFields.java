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

  private static final Optional<Boolean> TRUE = Optional.of(true);
  private static final Optional<Boolean> FALSE = Optional.of(false);

  private final JsonNode node;
  // The path is written out only when a message needs it (a request reads dozens of objects and
  // nearly always without an error): until then an object keeps its parent, its field and, for a
  // list item, its index.
  private String path;
  private final RequestFields parent;
  private final String field;
  private final int index;

  private RequestFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
    this.parent = null;
    this.field = null;
    this.index = -1;
  }

  private RequestFields(JsonNode node, RequestFields parent, String field, int index) {
    this.node = node;
    this.path = null;
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  private String ownPath() {
    String known = path;
    if (known == null) {
      known = index < 0 ? parent.where(field) : parent.where(field) + "[" + index + "]";
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
  // Jackson interns field names and the names here are literals, so a known field is nearly always
  // the same instance; equals only decides for the rest.
  private static boolean known(String[] names, String field) {
    for (String name : names) {
      if (name == field) {
        return true;
      }
    }
    for (String name : names) {
      if (name.equals(field)) {
        return true;
      }
    }
    return false;
  }

  public boolean has(String field) {
    return given(field) != null;
  }

  public Optional<RequestFields> object(String field) {
    JsonNode value = given(field);
    return value == null ? Optional.empty() : Optional.of(objectAt(field, value));
  }

  public RequestFields requiredObject(String field) {
    JsonNode value = given(field);
    if (value == null) {
      throw missing(field, "an object");
    }
    return objectAt(field, value);
  }

  private RequestFields objectAt(String field, JsonNode value) {
    if (!value.isObject()) {
      throw new BadRequestException(where(field) + " must be an object, not " + describe(value));
    }
    return new RequestFields(value, this, field, -1);
  }

  public Optional<String> text(String field) {
    JsonNode value = given(field);
    return value == null ? Optional.empty() : Optional.of(textAt(field, value));
  }

  public String requiredText(String field) {
    JsonNode value = given(field);
    if (value == null) {
      throw missing(field, "text");
    }
    return textAt(field, value);
  }

  private String textAt(String field, JsonNode value) {
    if (!value.isTextual()) {
      throw new BadRequestException(where(field) + " must be text, not " + describe(value));
    }
    return value.asText();
  }

  /** A list of objects, each read with its own path ({@code patient.conditions[1]}). */
  public List<RequestFields> objects(String field) {
    JsonNode value = given(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new BadRequestException(
          where(field) + " must be a list of objects, not " + describe(value));
    }
    int size = value.size();
    List<RequestFields> objects = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      JsonNode item = value.get(i);
      if (!item.isObject()) {
        throw new BadRequestException(
            where(field) + "[" + i + "] must be an object, not " + describe(item));
      }
      objects.add(new RequestFields(item, this, field, i));
    }
    return objects;
  }

  /** A list of texts; empty when absent. */
  public List<String> texts(String field) {
    JsonNode value = given(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new BadRequestException(
          where(field) + " must be a list of texts, not " + describe(value));
    }
    int size = value.size();
    List<String> texts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      JsonNode item = value.get(i);
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
    JsonNode value = given(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new BadRequestException(
          where(field) + " must be a list of numbers, not " + describe(value));
    }
    int size = value.size();
    List<BigDecimal> numbers = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      JsonNode item = value.get(i);
      if (!item.isNumber()) {
        throw new BadRequestException(
            where(field) + "[" + i + "] must be a number, not " + describe(item));
      }
      BigDecimal number = item.decimalValue();
      if (!bounded(number)) {
        throw outOfRange(where(field) + "[" + i + "]", number);
      }
      numbers.add(number);
    }
    return numbers;
  }

  public Optional<BigDecimal> decimal(String field) {
    JsonNode value = given(field);
    return value == null ? Optional.empty() : Optional.of(decimalAt(field, value));
  }

  public BigDecimal requiredDecimal(String field) {
    JsonNode value = given(field);
    if (value == null) {
      throw missing(field, "a number");
    }
    return decimalAt(field, value);
  }

  private BigDecimal decimalAt(String field, JsonNode value) {
    if (!value.isNumber()) {
      throw new BadRequestException(where(field) + " must be a number, not " + describe(value));
    }
    BigDecimal number = value.decimalValue();
    if (!bounded(number)) {
      throw outOfRange(where(field), number);
    }
    return number;
  }

  public Optional<Integer> integer(String field) {
    JsonNode value = given(field);
    return value == null ? Optional.empty() : Optional.of(integerAt(field, value));
  }

  public int requiredInteger(String field) {
    JsonNode value = given(field);
    if (value == null) {
      throw missing(field, "a whole number");
    }
    return integerAt(field, value);
  }

  private int integerAt(String field, JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    throw new BadRequestException(where(field) + " must be a whole number, not " + describe(value));
  }

  public Optional<Boolean> bool(String field) {
    JsonNode value = given(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw new BadRequestException(
          where(field) + " must be true or false, not " + describe(value));
    }
    return value.booleanValue() ? TRUE : FALSE;
  }

  public Optional<LocalDate> date(String field) {
    JsonNode value = given(field);
    return value == null ? Optional.empty() : Optional.of(dateAt(field, value));
  }

  public LocalDate requiredDate(String field) {
    JsonNode value = given(field);
    if (value == null) {
      throw missing(field, "a date like 2026-11-23");
    }
    return dateAt(field, value);
  }

  private LocalDate dateAt(String field, JsonNode value) {
    String text = textAt(field, value);
    LocalDate date = acceptedDate(text);
    // a refused date is read again by date(where, value), which writes the one message for it
    return date != null ? date : date(where(field), text);
  }

  /** The date {@link #date(String, String)} accepts for {@code value}, or null when it refuses. */
  private static LocalDate acceptedDate(String value) {
    try {
      LocalDate date = parseDate(value.trim());
      return date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE) ? null : date;
    } catch (DateTimeParseException e) {
      return null;
    }
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

  /** An enum value written in any case, with '-' or '_'; the message lists the accepted words. */
  public <E extends Enum<E>> Optional<E> choice(String field, Class<E> type) {
    JsonNode node = given(field);
    if (node == null) {
      return Optional.empty();
    }
    String value = textAt(field, node);
    E[] constants = type.getEnumConstants();
    E plain = plainChoice(value, constants);
    if (plain != null) {
      return Optional.of(plain);
    }
    String key = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : constants) {
      if (constant.name().equals(key)) {
        return Optional.of(constant);
      }
    }
    throw new BadRequestException(
        where(field)
            + " '"
            + value
            + "' is not one of "
            + Arrays.stream(constants)
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", ")));
  }

  /**
   * The constant an ASCII word names, compared as {@code trim}, '-' to '_' and upper case would
   * write it, without writing it; null when none matches or the word is not ASCII (whose upper case
   * {@code toUpperCase} alone decides).
   */
  private static <E extends Enum<E>> E plainChoice(String value, E[] constants) {
    int from = 0;
    int to = value.length();
    while (from < to && value.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && value.charAt(to - 1) <= ' ') {
      to--;
    }
    for (E constant : constants) {
      String name = constant.name();
      if (name.length() != to - from) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < name.length() && same; i++) {
        char c = value.charAt(from + i);
        if (c >= 0x80) {
          return null;
        }
        if (c == '-') {
          c = '_';
        } else if (c >= 'a' && c <= 'z') {
          c = (char) (c - ('a' - 'A'));
        }
        same = c == name.charAt(i);
      }
      if (same) {
        return constant;
      }
    }
    return null;
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

  /** The field's value, or null when it is absent or JSON null. */
  private JsonNode given(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  /**
   * Whether a number is one a request can mean, unlike {@code 1e999999999}: JSON allows any
   * exponent, but exact arithmetic on it (or printing it in full) would take the machine's whole
   * memory. At most {@link #MAX_DIGITS} digits on each side of the point once trailing zeros are
   * stripped; stripping only lowers the scale and keeps the digits before the point (zero has one),
   * so a number already within both bounds needs no stripping.
   */
  private static boolean bounded(BigDecimal value) {
    int scale = value.scale();
    if (scale >= 0 && scale <= MAX_DIGITS && value.precision() - scale <= MAX_DIGITS) {
      return true;
    }
    BigDecimal normal = value.stripTrailingZeros();
    int wholeDigits = normal.precision() - normal.scale();
    return wholeDigits <= MAX_DIGITS && normal.scale() <= MAX_DIGITS;
  }

  private static BadRequestException outOfRange(String where, BigDecimal value) {
    return new BadRequestException(
        where
            + " "
            + value
            + " is out of range: a number in a request has at most "
            + MAX_DIGITS
            + " digits before and "
            + MAX_DIGITS
            + " after the decimal point");
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
