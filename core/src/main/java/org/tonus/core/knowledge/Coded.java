package org.tonus.core.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant written in the pack as a lower-case, hyphenated code ("hospital-inpatient"). */
public interface Coded {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Finds the constant whose code is {@code code}, exactly as written in the pack. */
  static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }

  /** Lists the accepted codes, for messages that say what would be accepted. */
  static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Coded::code)
        .collect(Collectors.joining(", "));
  }
}
