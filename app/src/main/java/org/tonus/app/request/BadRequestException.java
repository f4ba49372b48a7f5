package org.tonus.app.request;

/**
 * A request the program cannot accept: not JSON, a missing or mistyped field, an impossible value.
 * The message names the field and the value and says what would be accepted; adapters turn it into
 * exit code 2 on the command line and HTTP 400 on the server.
 */
public final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(message);
  }
}
