package org.tonus.fhir.cds;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * How the CDS services are set up: the public base URL of the Tonus server (cards link to {@code
 * {base}/api/monograph#section} and {@code {base}/api/plan/titrate}), the jurisdiction whose rules
 * apply, and the clock that says what today is.
 */
public record CdsSettings(URI baseUrl, Jurisdiction jurisdiction, Clock clock) {
  public CdsSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(clock, "clock");
    if (!baseUrl.isAbsolute()) {
      throw new IllegalArgumentException("baseUrl " + baseUrl + " is not absolute");
    }
  }

  /** {@code path} ("/api/plan/titrate") under the base URL. */
  String link(String path) {
    String base = baseUrl.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }
}
