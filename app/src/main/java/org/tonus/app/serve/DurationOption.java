package org.tonus.app.serve;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A command-line duration: a whole number with its unit, {@code 500ms}, {@code 10s} or {@code 2m}.
 */
final class DurationOption implements ITypeConverter<Duration> {
  private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})(ms|s|m)");

  @Override
  public Duration convert(String value) {
    Matcher matcher = AMOUNT.matcher(value.trim());
    if (!matcher.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration: write a whole number and ms, s or m (e.g. 10s)");
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration duration =
        switch (matcher.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          default -> Duration.ofMinutes(amount);
        };
    if (duration.isZero()) {
      throw new TypeConversionException("'" + value + "' is no time at all: give more than zero");
    }
    return duration;
  }
}
