package org.tonus.fhir.cds;

import java.time.Duration;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads from a FHIR server what a CDS client did not prefetch: a relative read ({@code Patient/p1})
 * gives the resource, a search ({@code Condition?patient=p1}) a Bundle. Failures are {@link
 * FhirFetchException}s, never an empty answer: "could not fetch the creatinine" must not pass for
 * "no creatinine on file".
 */
@FunctionalInterface
public interface FhirFetcher {
  Resource fetch(FhirServer server, String relativeQuery);

  /**
   * The same read, given up after {@code within} at the latest: a hook that must answer by a
   * deadline passes what is left of it. A fetcher without its own timer ignores the bound.
   */
  default Resource fetch(FhirServer server, String relativeQuery, Duration within) {
    return fetch(server, relativeQuery);
  }
}
