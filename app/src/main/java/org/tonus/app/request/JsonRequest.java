package org.tonus.app.request;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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

  private static String place(JsonLocation at) {
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
