package org.tonus.app.serve;

import java.time.LocalDate;
import org.tonus.app.request.CheckRequestReader;
import org.tonus.app.request.JsonRequest;
import org.tonus.core.check.CheckRequest;

/** The check contract of DESIGN.md as JSON: the same reader as {@code tonus check --json}. */
public final class JsonCheckIntake implements CheckIntake {
  @Override
  public CheckRequest read(String body, LocalDate today) {
    return CheckRequestReader.read(JsonRequest.parse(body), today);
  }
}
