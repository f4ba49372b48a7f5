package org.tonus.core.plan;

/** A dose that the chosen tablets or liquid cannot give exactly; {@code reason} says why. */
public record NotMakeable(String reason) implements Preparation {

  public NotMakeable {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a dose that cannot be made needs a reason");
    }
  }
}
