package org.tonus.app.serve;

import ca.uhn.fhir.context.FhirContext;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.tonus.app.JsonContracts;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.JsonRequest;
import org.tonus.core.alert.Alert;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.plan.PlanRefused;
import org.tonus.core.plan.TaperOutcome;
import org.tonus.core.plan.TaperPlan;
import org.tonus.core.plan.TitrationOutcome;
import org.tonus.core.plan.TitrationPlan;
import org.tonus.fhir.DetectedIssues;
import org.tonus.fhir.FhirCheckIntake;
import org.tonus.fhir.FhirCheckRequest;
import org.tonus.fhir.FhirInputException;
import org.tonus.fhir.IntakeOptions;
import org.tonus.fhir.MedicationKnowledgeWriter;
import org.tonus.fhir.OperationOutcomes;
import org.tonus.fhir.PlanRequests;

/**
 * FHIR R4 in and out for the REST API, on module fhir: a check from a Bundle ({@code Content-Type:
 * application/fhir+json}, jurisdiction from {@code ?jurisdiction=}, US by default), and, when asked
 * by {@code ?format=fhir} or {@code Accept: application/fhir+json}, a check result as a Bundle of
 * DetectedIssue, a plan as a MedicationRequest and the monograph as MedicationKnowledge. A FHIR
 * request (FHIR in or FHIR asked for) gets its errors as an OperationOutcome with the status the
 * problem would have had. Thread-safe: one FhirContext per process, a parser per call.
 */
final class FhirApi {
  static final String MEDIA_TYPE = "application/fhir+json";

  private final FhirContext fhir;
  private final JsonContracts contracts;
  private final FhirCheckIntake intake;
  private final DetectedIssues issues;
  private final PlanRequests plans;
  private final MedicationKnowledgeWriter monographs;

  FhirApi(FhirContext fhir, JsonContracts contracts) {
    this.fhir = fhir;
    this.contracts = contracts;
    this.intake = new FhirCheckIntake(fhir, contracts.knowledge());
    this.issues = new DetectedIssues(contracts.knowledge());
    this.plans = new PlanRequests(contracts.knowledge());
    this.monographs = new MedicationKnowledgeWriter(contracts.knowledge());
  }

  /** The body is FHIR, or FHIR is asked for: errors answer as an OperationOutcome. */
  static boolean isFhirRequest(Context ctx) {
    return RequestBodies.mediaType(ctx).filter(MEDIA_TYPE::equals).isPresent() || wantsFhir(ctx);
  }

  /** {@code ?format=fhir}, or an Accept header naming application/fhir+json. */
  static boolean wantsFhir(Context ctx) {
    String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
    if (accept.toLowerCase(Locale.ROOT).contains(MEDIA_TYPE)) {
      return true;
    }
    try {
      return ctx.queryParams("format").stream().anyMatch(f -> f.trim().equalsIgnoreCase("fhir"));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** {@code POST /api/check} of a FHIR Bundle as the core's request (US unless ?jurisdiction=). */
  CheckIntake intake(Context ctx) {
    Jurisdiction jurisdiction = jurisdiction(ctx);
    return (body, today) -> read(parse(body), today, jurisdiction).request();
  }

  /** A FHIR Bundle read with the US rules, for a caller without a query string. */
  CheckRequest intakeUs(String body, LocalDate today) {
    return read(parse(body), today, Jurisdiction.US).request();
  }

  private Bundle parse(String body) {
    try {
      return intake.parseBundle(body);
    } catch (FhirInputException unreadable) {
      throw new BadRequestException(unreadable.getMessage());
    }
  }

  private FhirCheckRequest read(Bundle bundle, LocalDate today, Jurisdiction jurisdiction) {
    try {
      return intake.read(bundle, IntakeOptions.of(jurisdiction, today));
    } catch (FhirInputException unreadable) {
      throw new BadRequestException(unreadable.getMessage());
    }
  }

  /**
   * A check answered in FHIR: the Bundle of DetectedIssue. The checked order and the patient are
   * referenced when the request was a FHIR Bundle; a body of another type is read by {@code other}.
   */
  void check(Context ctx, String mediaType, String body, LocalDate today, CheckIntake other) {
    Optional<String> order = Optional.empty();
    Optional<String> patient = Optional.empty();
    CheckRequest request;
    if (mediaType.equals(MEDIA_TYPE)) {
      Bundle bundle = parse(body);
      FhirCheckRequest read = read(bundle, today, jurisdiction(ctx));
      request = read.request();
      order = Optional.of(read.orderReference());
      patient =
          bundle.getEntry().stream()
              .map(Bundle.BundleEntryComponent::getResource)
              .filter(r -> r instanceof Patient && r.getIdElement().hasIdPart())
              .map(r -> "Patient/" + r.getIdElement().getIdPart())
              .findFirst();
    } else {
      request = other.read(body, today);
    }
    CheckResult result = contracts.checker().check(request);
    write(ctx, 200, issues.bundle(result, order, patient));
  }

  void titration(Context ctx, String body) {
    TitrationOutcome outcome = contracts.titrationOutcome(JsonRequest.parse(body));
    if (outcome instanceof TitrationPlan plan) {
      write(ctx, 200, plans.titration(plan, thePatient()));
    } else {
      refused(ctx, (PlanRefused) outcome);
    }
  }

  void taper(Context ctx, String body) {
    TaperOutcome outcome = contracts.taperOutcome(JsonRequest.parse(body));
    if (outcome instanceof TaperPlan plan) {
      write(ctx, 200, plans.taper(plan, thePatient()));
    } else {
      refused(ctx, (PlanRefused) outcome);
    }
  }

  void monograph(Context ctx, Jurisdiction jurisdiction) {
    String url = ctx.scheme() + "://" + ctx.host() + "/api/monograph?jurisdiction=" + jurisdiction;
    write(ctx, 200, monographs.write(jurisdiction, Optional.of(url)));
  }

  /** A problem as FHIR says it: an OperationOutcome whose diagnostics is the detail. */
  String outcome(int status, String detail) {
    return fhir.newJsonParser()
        .encodeResourceToString(OperationOutcomes.error(type(status), detail));
  }

  /**
   * A plan the planner refused is no MedicationRequest: 422 with the reason and each alert as an
   * issue, so that a FHIR client reads why.
   */
  private void refused(Context ctx, PlanRefused refused) {
    OperationOutcome outcome =
        OperationOutcomes.issue(IssueSeverity.ERROR, IssueType.BUSINESSRULE, refused.reason());
    for (Alert alert : refused.alerts()) {
      outcome
          .addIssue()
          .setSeverity(
              switch (alert.severity()) {
                case CRITICAL -> IssueSeverity.ERROR;
                case WARNING -> IssueSeverity.WARNING;
                case INFO -> IssueSeverity.INFORMATION;
              })
          .setCode(IssueType.BUSINESSRULE)
          .setDiagnostics(alert.code() + ": " + alert.message());
    }
    write(ctx, 422, outcome);
  }

  private void write(Context ctx, int status, IBaseResource resource) {
    ctx.status(status)
        .contentType(MEDIA_TYPE)
        .result(fhir.newJsonParser().encodeResourceToString(resource));
  }

  /** The REST plan requests name no patient resource; R4 requires a subject, so: by display. */
  private static Reference thePatient() {
    return new Reference().setDisplay("the patient");
  }

  private static Jurisdiction jurisdiction(Context ctx) {
    List<String> values;
    try {
      values = ctx.queryParams("jurisdiction");
    } catch (IllegalArgumentException malformed) {
      throw new BadRequestException("the query string is not valid URL encoding");
    }
    if (values.isEmpty()) {
      return Jurisdiction.US;
    }
    String value = values.get(0).trim();
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      if (jurisdiction.name().equalsIgnoreCase(value)) {
        return jurisdiction;
      }
    }
    throw new BadRequestException("jurisdiction '" + value + "' is not one of US, UK");
  }

  private static IssueType type(int status) {
    return switch (status) {
      case 400, 422 -> IssueType.INVALID;
      case 401, 403 -> IssueType.SECURITY;
      case 404 -> IssueType.NOTFOUND;
      case 405, 415 -> IssueType.NOTSUPPORTED;
      case 408 -> IssueType.TIMEOUT;
      case 413 -> IssueType.TOOLONG;
      default -> IssueType.EXCEPTION;
    };
  }
}
