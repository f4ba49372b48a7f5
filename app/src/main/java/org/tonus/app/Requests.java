package org.tonus.app;

import java.util.function.Supplier;
import org.tonus.app.request.BadRequestException;

/** Building a core request record at the edge of the program. */
final class Requests {
  private Requests() {}

  /**
   * Builds a request, turning a record's refusal of an impossible combination (today before the
   * refill, a negative number of hours) into a bad request with the record's own message.
   */
  static <T> T checked(Supplier<T> request) {
    try {
      return request.get();
    } catch (BadRequestException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
