package org.tonus.app.serve;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;

/**
 * Path and query parameters of the patient API, read strictly: an id is a whole number above 0, an
 * instant is ISO-8601 with an offset ({@code 2026-11-23T08:00:00Z}) or a date (its start in UTC), a
 * zone is an IANA name; every refusal names the parameter and the value.
 */
final class QueryParameters {
  private QueryParameters() {}

  static long id(Context ctx, String name) {
    String value = ctx.pathParam(name);
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below, with the value
    }
    throw new BadRequestException(name + " '" + value + "' is not an id (a whole number above 0)");
  }

  static Optional<String> text(Context ctx, String name) {
    List<String> values;
    try {
      values = ctx.queryParams(name);
    } catch (IllegalArgumentException malformed) {
      throw new BadRequestException("the query string is not valid URL encoding");
    }
    if (values.size() > 1) {
      throw new BadRequestException(name + " is given " + values.size() + " times; give it once");
    }
    return values.stream().findFirst().map(String::trim).filter(value -> !value.isEmpty());
  }

  static Optional<Long> queryId(Context ctx, String name) {
    return text(ctx, name)
        .map(
            value -> {
              try {
                long id = Long.parseLong(value);
                if (id > 0) {
                  return id;
                }
              } catch (NumberFormatException e) {
                // refused below, with the value
              }
              throw new BadRequestException(
                  name + " '" + value + "' is not an id (a whole number above 0)");
            });
  }

  static Instant instant(Context ctx, String name, Supplier<Instant> otherwise) {
    return text(ctx, name).map(value -> instant(name, value)).orElseGet(otherwise);
  }

  /**
   * An instant with its offset, or a date meaning its first moment in UTC; in the years a request's
   * dates may have (1900 to 2199), which both databases can store.
   */
  static Instant instant(String name, String value) {
    if (value.length() == 10) {
      return RequestFields.date(name, value).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    OffsetDateTime instant;
    try {
      instant = OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          name + " '" + value + "' is not an instant like 2026-11-23T08:00:00Z or a date");
    }
    // the same range as a date in a request, checked on the instant's own date
    RequestFields.date(
        name, instant.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString());
    return instant.toInstant();
  }

  static LocalDate requiredDate(Context ctx, String name) {
    return RequestFields.date(
        name,
        text(ctx, name)
            .orElseThrow(
                () -> new BadRequestException(name + " is missing; give a date like 2026-11-23")));
  }

  /** The {@code zone} parameter: an IANA time zone, UTC when not given. */
  static ZoneId zone(Context ctx) {
    return text(ctx, "zone")
        .map(
            value -> {
              try {
                return ZoneId.of(value);
              } catch (DateTimeException e) {
                throw new BadRequestException(
                    "zone '" + value + "' is not a time zone like Europe/London or UTC");
              }
            })
        .orElse(ZoneId.of("UTC"));
  }
}
