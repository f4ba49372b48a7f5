package org.tonus.core.quantity;

/** A quantity text that cannot be read; the message says which part and why. */
public final class QuantityFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QuantityFormatException(String message) {
    super(message);
  }
}
