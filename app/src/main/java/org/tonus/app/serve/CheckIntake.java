package org.tonus.app.serve;

import java.time.LocalDate;
import org.tonus.core.check.CheckRequest;

/**
 * Reads the body of {@code POST /api/check} in one media type into the core's check request. The
 * server keeps one intake per media type ({@code application/json} is the check contract of
 * DESIGN.md; module fhir adds {@code application/fhir+json}). A body the intake cannot accept is a
 * {@link org.tonus.app.request.BadRequestException} whose message names the field and the value.
 */
@FunctionalInterface
public interface CheckIntake {
  /**
   * @param body the request body, already checked to be UTF-8 and at most 1 MiB
   * @param today the server's date, used when the request gives none
   */
  CheckRequest read(String body, LocalDate today);
}
