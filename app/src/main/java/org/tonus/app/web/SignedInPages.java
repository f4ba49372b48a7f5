package org.tonus.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tonus.app.JsonAnswer;
import org.tonus.app.JsonContracts;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.JsonRequest;
import org.tonus.core.triage.TriageOutcome;
import org.tonus.store.CareGrant;
import org.tonus.store.DoseEvent;
import org.tonus.store.DoseKind;
import org.tonus.store.GrantKind;
import org.tonus.store.Person;
import org.tonus.store.RegimenStep;
import org.tonus.store.Role;
import org.tonus.store.SpasticityScore;
import org.tonus.store.Store;
import org.tonus.store.SymptomReport;
import org.tonus.store.WeeklyAdherence;

/**
 * The signed-in pages: signing in and out, a patient's diary (their own at {@code /diary}, a
 * patient's for a caregiver or clinician allowed by the gate at {@code /patients/{id}/diary}) with
 * its forms, and a clinician's panel at {@code /clinician}. Every read and write of a patient's
 * diary passes the same audited gate as the API; a refusal is a 403 page.
 */
final class SignedInPages {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The one message for every refused sign-in, so the page tells nothing about the account. */
  static final String SIGN_IN_REFUSED =
      "Sign-in failed: the username or password is wrong, or there were too many attempts."
          + " Check them and try again in a few minutes.";

  private final Pages pages;
  private final SignedInAccess access;
  private final Store store;
  private final JsonContracts contracts;
  private final Clock clock;
  private final Supplier<URI> baseUrl;
  private final DiaryView diary;

  SignedInPages(
      Pages pages,
      SignedInAccess access,
      Store store,
      JsonContracts contracts,
      Clock clock,
      Supplier<URI> baseUrl) {
    this.pages = pages;
    this.access = access;
    this.store = store;
    this.contracts = contracts;
    this.clock = clock;
    this.baseUrl = baseUrl;
    this.diary = new DiaryView(store, contracts.knowledge());
  }

  // --- signing in and out

  void signInForm(Context ctx) {
    Map<String, Object> model = pages.model(ctx, "signin", "Sign in");
    model.put("signInError", null);
    model.put("username", "");
    pages.write(ctx, "signin", model);
  }

  void signIn(Context ctx) {
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    Optional<Person> person =
        username.isEmpty() || password.isEmpty()
            ? Optional.empty()
            : access.signIn(ctx, username, password);
    if (person.isPresent()) {
      ctx.redirect(home(person.get()), HttpStatus.SEE_OTHER);
      return;
    }
    Map<String, Object> model = pages.model(ctx, "signin", "Sign in");
    model.put("signInError", SIGN_IN_REFUSED);
    model.put("username", username);
    ctx.status(HttpStatus.UNAUTHORIZED);
    pages.write(ctx, "signin", model);
  }

  void signOut(Context ctx) {
    access.signOut(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** Where a person lands after signing in. */
  static String home(Person person) {
    return switch (person.role()) {
      case PATIENT -> "/diary";
      case CLINICIAN -> "/clinician";
      case CAREGIVER, ADMIN -> "/";
    };
  }

  // --- the diary

  /** {@code /diary}: the signed-in patient's own diary. */
  void ownDiary(Context ctx) {
    Optional<Person> person = access.person(ctx);
    if (person.isEmpty()) {
      ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    } else if (person.get().role() != Role.PATIENT) {
      forbidden(ctx, "The diary at /diary is a patient's own; open a patient from your list.");
    } else {
      showDiary(ctx, person.get().id(), Optional.empty());
    }
  }

  /** {@code /patients/{id}/diary}: a patient's diary, for whoever the gate allows. */
  void patientDiary(Context ctx) {
    withPatient(ctx, "READ_DIARY", patient -> showDiary(ctx, patient, Optional.empty()));
  }

  private void showDiary(Context ctx, long patient, Optional<String> calendarUrl) {
    if (!access.allow(ctx, patient, "READ_DIARY")) {
      forbidden(ctx, "You may not open this patient's diary.");
      return;
    }
    Map<String, Object> model = pages.model(ctx, "diary", "Diary");
    model.putAll(diary.model(patient, today(), access.now()));
    model.put("patientId", patient);
    model.put(
        "patientName",
        store.people().find(patient).map(Person::displayName).orElse("Patient " + patient));
    model.put("own", access.person(ctx).map(p -> p.id() == patient).orElse(false));
    model.put("base", base(patient));
    model.put("calendarUrl", calendarUrl.orElse(null));
    pages.write(ctx, "diary", model);
  }

  /** One tap: the next planned dose of today's step, taken or missed, at its planned mg. */
  void logDose(Context ctx) {
    withPatient(
        ctx,
        "WRITE_DOSE_EVENT",
        patient -> {
          DoseKind kind =
              switch (Optional.ofNullable(ctx.formParam("kind")).orElse("")) {
                case "taken" -> DoseKind.TAKEN;
                case "missed" -> DoseKind.MISSED;
                default -> throw new BadRequestException("kind must be taken or missed");
              };
          LocalDate today = today();
          RegimenStep step =
              diary
                  .stepOn(patient, today)
                  .filter(s -> !s.stops())
                  .orElseThrow(
                      () -> new BadRequestException("no dose is planned today; nothing to log"));
          Instant now = access.now();
          store.doseEvents().record(new DoseEvent(patient, now, kind, step.doseMg()), now);
          ctx.redirect(base(patient) + "#today", HttpStatus.SEE_OTHER);
        });
  }

  /** The patient's words, triaged as {@code /api/triage} triages them, stored with the outcome. */
  void logSymptom(Context ctx) {
    withPatient(
        ctx,
        "WRITE_SYMPTOM_REPORT",
        patient -> {
          String text = Optional.ofNullable(ctx.formParam("text")).orElse("").strip();
          if (text.isEmpty()) {
            ctx.redirect(base(patient) + "#symptoms", HttpStatus.SEE_OTHER);
            return;
          }
          Instant now = access.now();
          JsonAnswer answer =
              contracts.triage(
                  JsonRequest.parse(
                      JSON.createObjectNode()
                          .put("text", text)
                          .put("recentStop", ctx.formParam("recentStop") != null)
                          .toString()),
                  today());
          TriageOutcome outcome = TriageOutcome.valueOf(tree(answer).path("outcome").asText());
          store.symptomReports().record(new SymptomReport(patient, now, text, outcome), now);
          ctx.redirect(base(patient) + "#symptoms", HttpStatus.SEE_OTHER);
        });
  }

  void logScore(Context ctx) {
    withPatient(
        ctx,
        "WRITE_SPASTICITY_SCORE",
        patient -> {
          Instant now = access.now();
          SpasticityScore score;
          try {
            score =
                new SpasticityScore(patient, now, whole(ctx, "numericRating"), whole(ctx, "penn"));
          } catch (IllegalArgumentException refused) {
            throw new BadRequestException(refused.getMessage());
          }
          store.spasticityScores().record(score, now);
          ctx.redirect(base(patient) + "#scores", HttpStatus.SEE_OTHER);
        });
  }

  /**
   * A new calendar link, shown once on the page that answers this POST (only its hash is kept, so
   * it cannot be shown again after a redirect).
   */
  void issueCalendar(Context ctx) {
    withPatient(
        ctx,
        "ISSUE_CALENDAR_TOKEN",
        patient -> {
          String token = store.calendarTokens().issue(patient, access.now());
          URI url =
              baseUrl.get().resolve("/api/patients/" + patient + "/calendar.ics?token=" + token);
          showDiary(ctx, patient, Optional.of(url.toString()));
        });
  }

  // --- the clinician's panel

  /** One patient of the panel as the panel shows them. */
  record PanelRow(
      long id,
      String name,
      String diaryPath,
      String adherence,
      String todayMg,
      String latestScore,
      List<String> alerts) {}

  void panel(Context ctx) {
    Optional<Person> person = access.person(ctx);
    if (person.isEmpty()) {
      ctx.redirect("/signin", HttpStatus.SEE_OTHER);
      return;
    }
    if (person.get().role() != Role.CLINICIAN) {
      forbidden(ctx, "The panel is a clinician's page.");
      return;
    }
    Instant now = access.now();
    LocalDate today = today();
    List<PanelRow> rows = new ArrayList<>();
    for (CareGrant grant : store.careGrants().heldBy(person.get().id())) {
      long patient = grant.patientId();
      if (grant.kind() != GrantKind.PANEL
          || !grant.inForceAt(now)
          || !access.allow(ctx, patient, "READ_DIARY_SUMMARY")) {
        continue;
      }
      WeeklyAdherence week = store.diary().adherence(patient, today, DiaryView.ZONE);
      String adherence =
          week.taken()
              + " of "
              + week.planned()
              + " planned doses"
              + DiaryView.percent(week).map(p -> " (" + p + ")").orElse("");
      String latestScore =
          store
              .spasticityScores()
              .between(patient, now.minus(DiaryView.SCORE_SPAN), now.plusSeconds(3600))
              .stream()
              .reduce((earlier, later) -> later)
              .map(s -> "NRS " + s.numericRating() + "/10, Penn " + s.penn() + "/4")
              .orElse("none in 90 days");
      rows.add(
          new PanelRow(
              patient,
              store.people().find(patient).map(Person::displayName).orElse("Patient " + patient),
              base(patient),
              adherence,
              DiaryView.mg(store.diary().dailyDose(patient, today, DiaryView.ZONE).totalMg()),
              latestScore,
              alerts(patient, now, today)));
    }
    Map<String, Object> model = pages.model(ctx, "panel", "My patients");
    model.put("rows", rows);
    pages.write(ctx, "clinician", model);
  }

  /**
   * The alerts that can be judged without the patient's age: symptoms reported in the last week
   * whose triage was not mild, and a pump refill overdue or due within the week.
   */
  private List<String> alerts(long patient, Instant now, LocalDate today) {
    List<String> alerts = new ArrayList<>();
    store
        .symptomReports()
        .between(patient, now.minus(DiaryView.SYMPTOM_SPAN), now.plusSeconds(3600))
        .stream()
        .filter(report -> report.outcome() != TriageOutcome.EXPECTED_MILD)
        .reduce((earlier, later) -> later)
        .ifPresent(
            report ->
                alerts.add(
                    DiaryView.label(report.outcome())
                        + " ("
                        + report.outcome().name()
                        + "): symptom reported "
                        + report.at()));
    store
        .refills(contracts.knowledge())
        .forPatient(patient, today, DiaryView.ZONE)
        .pump()
        .filter(pump -> pump.daysUntilDue() <= 7)
        .map(DiaryView::pumpLine)
        .ifPresent(alerts::add);
    return alerts;
  }

  // --- shared

  private interface PatientAction {
    void run(long patient);
  }

  /**
   * Runs {@code action} for the patient in the path when the signed-in person may do {@code
   * gateAction}; otherwise the sign-in page (not signed in) or the 403 page (audited as denied).
   */
  private void withPatient(Context ctx, String gateAction, PatientAction action) {
    if (access.person(ctx).isEmpty()) {
      ctx.redirect("/signin", HttpStatus.SEE_OTHER);
      return;
    }
    long patient;
    try {
      patient = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      forbidden(ctx, "You may not open this patient's diary.");
      return;
    }
    // reading passes the gate in showDiary, which the calendar POST also answers with
    if (gateAction.equals("READ_DIARY")) {
      action.run(patient);
    } else if (access.allow(ctx, patient, gateAction)) {
      action.run(patient);
    } else {
      forbidden(ctx, "You may not change this patient's diary.");
    }
  }

  private void forbidden(Context ctx, String message) {
    Map<String, Object> model = pages.model(ctx, "denied", "Not allowed");
    model.put("message", message);
    ctx.status(HttpStatus.FORBIDDEN);
    pages.write(ctx, "denied", model);
  }

  private static String base(long patient) {
    return "/patients/" + patient + "/diary";
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DiaryView.ZONE));
  }

  private static int whole(Context ctx, String field) {
    String text = Optional.ofNullable(ctx.formParam(field)).orElse("").strip();
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadRequestException(field + " must be a whole number, was '" + text + "'");
    }
  }

  private static JsonNode tree(JsonAnswer answer) {
    try {
      return JSON.readTree(answer.json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the triage contract's own JSON did not read back", e);
    }
  }
}
