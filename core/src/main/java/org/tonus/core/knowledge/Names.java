package org.tonus.core.knowledge;

import java.util.Locale;

/**
 * How names are compared in the vocabularies: case, surrounding space and repeated space ignored.
 */
final class Names {
  private Names() {}

  static String normalize(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
