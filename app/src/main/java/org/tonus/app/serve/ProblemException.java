package org.tonus.app.serve;

import java.util.Map;

/**
 * Thrown by a handler to answer with a problem other than a bad request: the status, the type, the
 * detail and any headers the status needs (e.g. {@code WWW-Authenticate} with 401).
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final transient Map<String, String> headers;

  ProblemException(int status, String type, String detail, Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.type = type;
    this.headers = Map.copyOf(headers);
  }

  ProblemException(int status, String type, String detail) {
    this(status, type, detail, Map.of());
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  Map<String, String> headers() {
    return headers;
  }
}
