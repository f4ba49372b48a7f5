package org.tonus.core.knowledge;

/** A pointer from a fact to a vocabulary entry; the loader refuses one that points to nothing. */
public record Reference(ReferenceTarget target, String id) {
  public Reference {
    if (id.isBlank()) {
      throw new IllegalArgumentException("reference id is blank");
    }
  }
}
