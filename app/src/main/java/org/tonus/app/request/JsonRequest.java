package org.tonus.app.request;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
    try {
      return RequestFields.root(MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String place =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new BadRequestException("the request is not valid JSON" + place);
    }
  }
}
