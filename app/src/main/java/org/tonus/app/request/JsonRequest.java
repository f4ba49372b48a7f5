package org.tonus.app.request;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a JSON request from a file or, for {@code -}, from standard input. */
public final class JsonRequest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonRequest() {}

  public static RequestFields read(String fileOrDash, InputStream stdin) {
    String text;
    try {
      text =
          fileOrDash.equals("-")
              ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(fileOrDash), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadRequestException("--json: no file " + fileOrDash);
    } catch (IOException e) {
      throw new BadRequestException("--json: cannot read " + fileOrDash + ": " + e.getMessage());
    }
    return parse(text);
  }

  public static RequestFields parse(String text) {
    if (text.isBlank()) {
      throw new BadRequestException("the request is empty; expected a JSON object");
    }
    JsonNode quick = quickTree(text);
    if (quick != null) {
      return RequestFields.root(quick);
    }
    try (JsonParser parser = MAPPER.createParser(text)) {
      try {
        return RequestFields.root(MAPPER.readValue(parser, JsonNode.class));
      } catch (NumberFormatException outOfRange) {
        // Jackson reads 1e-2147483649 as JSON but no BigDecimal can hold it.
        String field = parser.currentName();
        throw new BadRequestException(
            (field == null ? "a number" : field)
                + " is out of range"
                + place(parser.currentLocation())
                + "; a number in a request has at most "
                + RequestFields.MAX_DIGITS
                + " digits before and "
                + RequestFields.MAX_DIGITS
                + " after the decimal point");
      }
    } catch (JsonProcessingException e) {
      throw new BadRequestException("the request is not valid JSON" + place(e.getLocation()));
    } catch (IOException e) {
      throw new BadRequestException("the request cannot be read: " + e.getMessage());
    }
  }

  /**
   * The tree the mapper reads from a plain request object, built straight from the parser's tokens
   * without the mapper's per-read set-up; null for anything else (not an object, not valid JSON, a
   * field given twice, text after the object, a number the mapper treats specially), which the
   * mapper then reads and refuses exactly as before. Nodes are made as the mapper makes them with
   * this configuration: whole numbers as int, long or big-integer nodes by size, other numbers as
   * decimals with trailing zeros stripped (USE_BIG_DECIMAL_FOR_FLOATS; the node factory's default).
   */
  static JsonNode quickTree(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonNode tree = object(parser);
      return tree != null && parser.nextToken() == null ? tree : null;
    } catch (IOException | RuntimeException anyProblem) {
      return null;
    }
  }

  private static JsonNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    String name;
    while ((name = parser.nextFieldName()) != null) {
      JsonNode value = value(parser, parser.nextToken());
      if (value == null || object.replace(name, value) != null) {
        return null;
      }
    }
    return parser.currentToken() == JsonToken.END_OBJECT ? object : null;
  }

  private static JsonNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      JsonNode value = value(parser, token);
      if (value == null) {
        return null;
      }
      array.add(value);
    }
    return array;
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT:
        return object(parser);
      case START_ARRAY:
        return array(parser);
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        if (parser.isNaN()) {
          return null;
        }
        BigDecimal number = parser.getDecimalValue();
        try {
          number = number.stripTrailingZeros();
        } catch (ArithmeticException scaleOverflow) {
          // the mapper keeps such a number as written
        }
        return NODES.numberNode(number);
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return null;
    }
  }

  private static String place(JsonLocation at) {
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
