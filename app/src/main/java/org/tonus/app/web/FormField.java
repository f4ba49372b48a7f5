package org.tonus.app.web;

/**
 * One input of a page's form: its name in the query or form body, the label shown, and where its
 * value goes in the JSON request of the contract (a dotted path such as {@code patient.weightKg}).
 */
record FormField(String name, String label, String jsonPath, Kind kind, boolean required) {
  /** How the typed text becomes a JSON value. */
  enum Kind {
    /** Text as typed (a sig, a date, a choice). */
    TEXT,
    /** A decimal number. */
    NUMBER,
    /** A whole number. */
    WHOLE_NUMBER,
    /** A checkbox: present means true. */
    CHECKBOX,
    /** One text per line, each becoming {@code {"text": line}} (medicines, conditions). */
    LINES,
    /** Numbers separated by commas or spaces. */
    NUMBERS
  }

  FormField {
    if (name.isBlank() || jsonPath.isBlank()) {
      throw new IllegalArgumentException("form field '" + name + "' needs a name and a path");
    }
  }

  static FormField optional(String name, String label, String jsonPath, Kind kind) {
    return new FormField(name, label, jsonPath, kind, false);
  }

  static FormField required(String name, String label, String jsonPath, Kind kind) {
    return new FormField(name, label, jsonPath, kind, true);
  }
}
