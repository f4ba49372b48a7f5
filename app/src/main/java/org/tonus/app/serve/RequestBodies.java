package org.tonus.app.serve;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.tonus.app.request.BadRequestException;

/**
 * Reads a request body: its media type first (415), then its size (413), then strict UTF-8 (400).
 */
final class RequestBodies {
  /** 1 MiB: far above any real request (a full check with a FHIR Bundle is a few kB). */
  static final long MAX_BYTES = 1L << 20;

  static final String TOO_LARGE =
      "the request body is larger than " + MAX_BYTES + " bytes (1 MiB), the most this server reads";

  private RequestBodies() {}

  /** The media type without parameters, in lower case: {@code application/json}. */
  static Optional<String> mediaType(Context ctx) {
    String header = ctx.contentType();
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    int semicolon = header.indexOf(';');
    String type = semicolon < 0 ? header : header.substring(0, semicolon);
    return Optional.of(type.trim().toLowerCase(Locale.ROOT));
  }

  /** The media type if it is one of {@code accepted}, else a 415 problem listing them. */
  static String acceptedType(Context ctx, Collection<String> accepted) {
    Optional<String> type = mediaType(ctx);
    if (type.isPresent() && accepted.contains(type.get())) {
      checkCharset(ctx);
      return type.get();
    }
    throw new ProblemException(
        415,
        Problem.HTTP_STATUS,
        type.map(t -> "Content-Type " + t + " is not accepted here")
                .orElse("Content-Type is missing")
            + "; send "
            + String.join(" or ", accepted));
  }

  /** The body as text, at most {@link #MAX_BYTES}; only UTF-8 is accepted. */
  static String text(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw new ProblemException(413, Problem.HTTP_STATUS, TOO_LARGE);
    }
    byte[] bytes = ctx.bodyAsBytes();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestException("the request body is not valid UTF-8 text");
    }
  }

  private static void checkCharset(Context ctx) {
    String header = ctx.contentType();
    for (String parameter : header.split(";")) {
      String[] pair = parameter.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
        String charset = pair[1].trim().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8")) {
          throw new ProblemException(
              415, Problem.HTTP_STATUS, "charset " + charset + " is not accepted; send UTF-8");
        }
      }
    }
  }
}
