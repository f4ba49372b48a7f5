package org.tonus.store;

/** A failure of the database under the diary: unreachable, refused, or a statement that failed. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
