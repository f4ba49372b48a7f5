package org.tonus.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The FHIR way to say what went wrong: an {@link OperationOutcome} with one issue whose {@code
 * diagnostics} is the developer-facing message. FHIR endpoints answer errors with these.
 */
public final class OperationOutcomes {
  private OperationOutcomes() {}

  /** Input Tonus could not read: severity error, code {@code invalid}, the message as given. */
  public static OperationOutcome of(FhirInputException problem) {
    return error(IssueType.INVALID, problem.getMessage());
  }

  /**
   * One error issue of the given type (e.g. {@code NOTFOUND}, {@code TIMEOUT}, {@code EXCEPTION}).
   */
  public static OperationOutcome error(IssueType type, String message) {
    return issue(IssueSeverity.ERROR, type, message);
  }

  /**
   * One issue; {@code message} goes into {@code diagnostics} and the narrative-free details text.
   */
  public static OperationOutcome issue(IssueSeverity severity, IssueType type, String message) {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(severity)
        .setCode(type)
        .setDiagnostics(message)
        .getDetails()
        .setText(message);
    return outcome;
  }
}
