package org.tonus.app.web;

import static org.tonus.app.web.FormField.Kind.CHECKBOX;
import static org.tonus.app.web.FormField.Kind.LINES;
import static org.tonus.app.web.FormField.Kind.NUMBER;
import static org.tonus.app.web.FormField.Kind.NUMBERS;
import static org.tonus.app.web.FormField.Kind.TEXT;
import static org.tonus.app.web.FormField.Kind.WHOLE_NUMBER;
import static org.tonus.app.web.FormField.optional;
import static org.tonus.app.web.FormField.required;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.tonus.app.JsonContracts;
import org.tonus.app.request.BadRequestException;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.triage.TriageResult;
import org.tonus.store.Store;

/**
 * The web pages of Tonus, server-rendered from the templates under {@code web/}: home and Ask, the
 * monograph and its handout, the order check, the titration and taper planners with their
 * downloads, the kidney function and pump refill calculators and the symptom checker. Every page
 * answers through {@link JsonContracts}, the code the command line and {@code /api} call; every
 * response carries the {@link SecurityHeaders}; every POST form is checked by {@link Csrf}. The
 * signed-in pages (sign-in, the diary, the clinician's panel) are {@link SignedInPages}.
 */
public final class WebPages {
  private final Clock clock;
  private final Pages pages;
  private final FormPage check;
  private final FormPage titrate;
  private final FormPage taper;
  private final FormPage renal;
  private final FormPage pump;
  private final FormPage triage;
  private final MonographPages monograph;
  private final HomePages home;
  private final PlanDownloads downloads;
  private final List<String> registered = new java.util.ArrayList<>();

  private final SignedInPages signedIn;

  private WebPages(
      JsonContracts contracts,
      Clock clock,
      Csrf csrf,
      Store store,
      SignedInAccess access,
      Supplier<URI> baseUrl) {
    Objects.requireNonNull(contracts, "contracts");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pages = new Pages(new Templates(), csrf, access::person);
    this.signedIn = new SignedInPages(pages, access, store, contracts, clock, baseUrl);
    this.check =
        new FormPage(
                pages,
                "check",
                "Order check",
                CHECK_FIELDS,
                request -> contracts.check(request, today()),
                this::withJurisdiction)
            .withInvalidOrderAt("sig");
    this.titrate =
        new FormPage(
                pages,
                "titrate",
                "Titration planner",
                TITRATE_FIELDS,
                contracts::titrate,
                ctx ->
                    Map.of(
                        "jurisdiction",
                        Pages.jurisdiction(ctx).name(),
                        "start",
                        today().toString()))
            .withView(PlanView::of);
    this.taper =
        new FormPage(
                pages,
                "taper",
                "Taper planner",
                TAPER_FIELDS,
                contracts::taper,
                ctx ->
                    Map.of(
                        "jurisdiction",
                        Pages.jurisdiction(ctx).name(),
                        "start",
                        today().toString()))
            .withView(PlanView::of);
    this.renal =
        new FormPage(
            pages,
            "renal",
            "Kidney function",
            RENAL_FIELDS,
            contracts::renal,
            this::withJurisdiction);
    this.pump =
        new FormPage(
            pages,
            "pump",
            "Pump refill",
            PUMP_FIELDS,
            contracts::pump,
            ctx ->
                Map.of(
                    "jurisdiction",
                    Pages.jurisdiction(ctx).name(),
                    "refillDate",
                    today().toString()));
    this.triage =
        new FormPage(
                pages,
                "triage",
                "Symptom checker",
                TRIAGE_FIELDS,
                request -> contracts.triage(request, today()),
                this::withJurisdiction)
            .withConstants(Map.of("notADiagnosis", TriageResult.DISCLAIMER));
    this.monograph = new MonographPages(pages, contracts);
    this.home = new HomePages(pages, contracts);
    this.downloads = new PlanDownloads(contracts, clock);
  }

  /**
   * The pages answering from {@code contracts}; {@code clock} gives today's date; the signed-in
   * pages read and write the diary in {@code store} through {@code access} (sign-in and the audited
   * gate); {@code baseUrl} is the service's public address, for calendar links.
   */
  public static WebPages create(
      JsonContracts contracts,
      Clock clock,
      Store store,
      SignedInAccess access,
      Supplier<URI> baseUrl) {
    return new WebPages(contracts, clock, Csrf.withRandomKey(), store, access, baseUrl);
  }

  /** The routes registered, as "METHOD path-template" (e.g. "POST /check"). */
  public List<String> routes() {
    return List.copyOf(registered);
  }

  /** Registers every page, asset and form route. */
  public void register(RoutesConfig routes) {
    get(routes, "/", home::home);
    get(routes, "/ask", home::ask);
    get(routes, "/monograph", monograph::page);
    get(routes, "/monograph/handout.pdf", monograph::handout);
    get(routes, "/check", check::blank);
    post(
        routes,
        "/check",
        ctx ->
            check.answer(
                ctx,
                Submission.read(CHECK_FIELDS, ctx::formParam),
                Map.of("today", today().toString())));
    get(routes, "/plan/titrate", titrate::get);
    get(routes, "/plan/titrate.csv", ctx -> downloads.csv(ctx, "titrate", TITRATE_FIELDS));
    get(routes, "/plan/titrate.ics", ctx -> downloads.ics(ctx, "titrate", TITRATE_FIELDS));
    get(routes, "/plan/taper", taper::get);
    get(routes, "/plan/taper.csv", ctx -> downloads.csv(ctx, "taper", TAPER_FIELDS));
    get(routes, "/plan/taper.ics", ctx -> downloads.ics(ctx, "taper", TAPER_FIELDS));
    get(routes, "/renal", renal::get);
    get(routes, "/pump", pump::get);
    get(routes, "/triage", triage::blank);
    post(
        routes,
        "/triage",
        ctx -> triage.answer(ctx, Submission.read(TRIAGE_FIELDS, ctx::formParam), Map.of()));
    post(routes, "/jurisdiction", this::switchJurisdiction);
    get(routes, "/signin", signedIn::signInForm);
    post(routes, "/signin", signedIn::signIn);
    post(routes, "/signout", signedIn::signOut);
    get(routes, "/diary", signedIn::ownDiary);
    get(routes, "/patients/{id}/diary", signedIn::patientDiary);
    post(routes, "/patients/{id}/diary/doses", signedIn::logDose);
    post(routes, "/patients/{id}/diary/symptoms", signedIn::logSymptom);
    post(routes, "/patients/{id}/diary/scores", signedIn::logScore);
    post(routes, "/patients/{id}/diary/calendar", signedIn::issueCalendar);
    get(routes, "/clinician", signedIn::panel);
    get(routes, "/assets/{kind}/{name}", Assets::serve);
  }

  static final List<FormField> CHECK_FIELDS =
      List.of(
          optional("jurisdiction", "Jurisdiction", "jurisdiction", TEXT),
          required("sig", "Order (sig)", "order.sig", TEXT),
          required("ageYears", "Age in years", "patient.ageYears", WHOLE_NUMBER),
          optional("weightKg", "Weight in kg", "patient.weightKg", NUMBER),
          optional("sex", "Sex", "patient.sex", TEXT),
          optional(
              "serumCreatinineMgDl",
              "Serum creatinine in mg/dL",
              "patient.serumCreatinineMgDl",
              NUMBER),
          optional(
              "creatinineClearanceMlMin",
              "Creatinine clearance in mL/min",
              "patient.creatinineClearanceMlMin",
              NUMBER),
          optional("pregnant", "Pregnant", "patient.pregnant", CHECKBOX),
          optional("breastfeeding", "Breastfeeding", "patient.breastfeeding", CHECKBOX),
          optional("medications", "Other medicines", "patient.medications", LINES),
          optional("conditions", "Conditions", "patient.conditions", LINES));

  static final List<FormField> TITRATE_FIELDS =
      List.of(
          optional("jurisdiction", "Jurisdiction", "jurisdiction", TEXT),
          required("ageYears", "Age in years", "patient.ageYears", WHOLE_NUMBER),
          optional("weightKg", "Weight in kg", "patient.weightKg", NUMBER),
          required("start", "First day", "start", TEXT),
          optional("targetDailyMg", "Target mg a day", "targetDailyMg", NUMBER),
          optional("tabletStrengthsMg", "Tablet strengths in mg", "tabletStrengthsMg", NUMBERS),
          optional("allowHalves", "Tablets may be halved", "allowHalves", CHECKBOX));

  static final List<FormField> TAPER_FIELDS =
      List.of(
          optional("jurisdiction", "Jurisdiction", "jurisdiction", TEXT),
          required("ageYears", "Age in years", "patient.ageYears", WHOLE_NUMBER),
          optional("weightKg", "Weight in kg", "patient.weightKg", NUMBER),
          required("current", "Current dose (sig)", "current.sig", TEXT),
          required("start", "First day", "start", TEXT),
          optional("days", "Over how many days", "days", WHOLE_NUMBER));

  static final List<FormField> RENAL_FIELDS =
      List.of(
          optional("jurisdiction", "Jurisdiction", "jurisdiction", TEXT),
          required("ageYears", "Age in years", "patient.ageYears", WHOLE_NUMBER),
          optional("weightKg", "Weight in kg", "patient.weightKg", NUMBER),
          optional("sex", "Sex", "patient.sex", TEXT),
          optional(
              "serumCreatinineMgDl",
              "Serum creatinine in mg/dL",
              "patient.serumCreatinineMgDl",
              NUMBER),
          optional(
              "creatinineClearanceMlMin",
              "Creatinine clearance in mL/min",
              "patient.creatinineClearanceMlMin",
              NUMBER),
          optional("dialysis", "On dialysis", "patient.dialysis", CHECKBOX));

  static final List<FormField> PUMP_FIELDS =
      List.of(
          optional("jurisdiction", "Jurisdiction", "jurisdiction", TEXT),
          required("refillDate", "Refill date", "refillDate", TEXT),
          required("volumeMl", "Volume filled in mL", "volumeMl", NUMBER),
          required(
              "concentrationMcgPerMl", "Concentration in mcg/mL", "concentrationMcgPerMl", NUMBER),
          required("dailyDoseMcg", "Daily dose in mcg", "dailyDoseMcg", NUMBER),
          optional("reserveMl", "Alarm (reserve) volume in mL", "reserveMl", NUMBER));

  static final List<FormField> TRIAGE_FIELDS =
      List.of(
          optional("jurisdiction", "Jurisdiction", "jurisdiction", TEXT),
          required("text", "What is happening", "text", TEXT),
          optional("route", "How baclofen is taken", "route", TEXT),
          optional("recentStop", "Stopped or cut down baclofen recently", "recentStop", CHECKBOX),
          optional("missedDoses", "Doses missed", "missedDoses", WHOLE_NUMBER),
          optional(
              "pumpProblem",
              "A problem with the pump (alarm, catheter, missed refill)",
              "pumpProblem",
              CHECKBOX),
          optional(
              "doseRecentlyIncreased", "Dose raised recently", "doseRecentlyIncreased", CHECKBOX));

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Map<String, String> withJurisdiction(Context ctx) {
    return Map.of("jurisdiction", Pages.jurisdiction(ctx).name());
  }

  /** The switch in the header: remembers the choice in a cookie and goes back to the page. */
  private void switchJurisdiction(Context ctx) {
    Jurisdiction chosen =
        Pages.parse(ctx.formParam("jurisdiction"))
            .orElseThrow(() -> new BadRequestException("jurisdiction must be US or UK"));
    Pages.remember(ctx, chosen);
    ctx.redirect(Links.localPath(ctx.formParam("return")), HttpStatus.SEE_OTHER);
  }

  private void get(RoutesConfig routes, String path, Handler handler) {
    registered.add("GET " + path);
    routes.get(
        path,
        ctx -> {
          SecurityHeaders.apply(ctx);
          handler.handle(ctx);
        });
  }

  /** A POST route that answers only a request carrying the form's CSRF token. */
  private void post(RoutesConfig routes, String path, Handler handler) {
    registered.add("POST " + path);
    routes.post(
        path,
        ctx -> {
          SecurityHeaders.apply(ctx);
          if (!pages.csrf().accepts(ctx)) {
            Map<String, Object> model = pages.model(ctx, "forbidden", "Form expired");
            ctx.status(HttpStatus.FORBIDDEN);
            pages.write(ctx, "forbidden", model);
            return;
          }
          handler.handle(ctx);
        });
  }
}
