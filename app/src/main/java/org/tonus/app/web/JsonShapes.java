package org.tonus.app.web;

import java.util.List;
import java.util.Map;

/** Reading the JSON tree of an answer (maps, lists, numbers, texts) with its types named once. */
final class JsonShapes {
  private JsonShapes() {}

  @SuppressWarnings("unchecked") // Jackson reads a JSON object into a Map of String keys
  static Map<String, Object> object(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
  }

  static List<?> list(Object value) {
    return value instanceof List<?> items ? items : List.of();
  }

  static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
