package org.tonus.core.triage;

import java.util.Objects;
import java.util.Optional;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Route;

/**
 * One symptom report: the person's own words and what they tell about the treatment. {@code route}
 * absent means oral unless a pump is in play (a pump problem, pump words or an intrathecal
 * regimen). The text is at most {@value #MAX_TEXT_LENGTH} characters and may be blank only when the
 * request carries some context (a stop, missed doses, a pump problem or a dose increase).
 */
public record TriageRequest(
    String text,
    Jurisdiction jurisdiction,
    Optional<Route> route,
    boolean recentStop,
    int missedDoses,
    boolean pumpProblem,
    boolean doseRecentlyIncreased,
    boolean kidneyDecline,
    Optional<TriageRegimen> regimen) {

  public static final int MAX_TEXT_LENGTH = 2000;

  public TriageRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(regimen, "regimen");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "text is " + text.length() + " characters; at most " + MAX_TEXT_LENGTH + " are read");
    }
    if (missedDoses < 0) {
      throw new IllegalArgumentException(
          "missedDoses is " + missedDoses + "; give 0 or more missed doses");
    }
    if (text.isBlank()
        && !recentStop
        && missedDoses == 0
        && !pumpProblem
        && !doseRecentlyIncreased
        && !kidneyDecline) {
      throw new IllegalArgumentException("text is blank; describe the symptoms in your own words");
    }
  }

  /** A report in the US with no context: add it with the {@code with…} copies. */
  public static TriageRequest of(String text) {
    return new TriageRequest(
        text, Jurisdiction.US, Optional.empty(), false, 0, false, false, false, Optional.empty());
  }

  public TriageRequest in(Jurisdiction value) {
    return new TriageRequest(
        text,
        value,
        route,
        recentStop,
        missedDoses,
        pumpProblem,
        doseRecentlyIncreased,
        kidneyDecline,
        regimen);
  }

  public TriageRequest onRoute(Route value) {
    return new TriageRequest(
        text,
        jurisdiction,
        Optional.of(value),
        recentStop,
        missedDoses,
        pumpProblem,
        doseRecentlyIncreased,
        kidneyDecline,
        regimen);
  }

  public TriageRequest withRecentStop(boolean value) {
    return new TriageRequest(
        text,
        jurisdiction,
        route,
        value,
        missedDoses,
        pumpProblem,
        doseRecentlyIncreased,
        kidneyDecline,
        regimen);
  }

  public TriageRequest withMissedDoses(int value) {
    return new TriageRequest(
        text,
        jurisdiction,
        route,
        recentStop,
        value,
        pumpProblem,
        doseRecentlyIncreased,
        kidneyDecline,
        regimen);
  }

  public TriageRequest withPumpProblem(boolean value) {
    return new TriageRequest(
        text,
        jurisdiction,
        route,
        recentStop,
        missedDoses,
        value,
        doseRecentlyIncreased,
        kidneyDecline,
        regimen);
  }

  public TriageRequest withDoseRecentlyIncreased(boolean value) {
    return new TriageRequest(
        text,
        jurisdiction,
        route,
        recentStop,
        missedDoses,
        pumpProblem,
        value,
        kidneyDecline,
        regimen);
  }

  public TriageRequest withKidneyDecline(boolean value) {
    return new TriageRequest(
        text,
        jurisdiction,
        route,
        recentStop,
        missedDoses,
        pumpProblem,
        doseRecentlyIncreased,
        value,
        regimen);
  }

  public TriageRequest withRegimen(TriageRegimen value) {
    return new TriageRequest(
        text,
        jurisdiction,
        route,
        recentStop,
        missedDoses,
        pumpProblem,
        doseRecentlyIncreased,
        kidneyDecline,
        Optional.of(value));
  }

  public TriageRequest withText(String value) {
    return new TriageRequest(
        value,
        jurisdiction,
        route,
        recentStop,
        missedDoses,
        pumpProblem,
        doseRecentlyIncreased,
        kidneyDecline,
        regimen);
  }
}
