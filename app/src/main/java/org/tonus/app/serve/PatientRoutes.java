package org.tonus.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tonus.app.JsonAnswer;
import org.tonus.app.JsonContracts;
import org.tonus.app.output.JsonOutput;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.JsonRequest;
import org.tonus.app.request.RequestFields;
import org.tonus.core.triage.TriageOutcome;
import org.tonus.store.DailyDose;
import org.tonus.store.DoseEvent;
import org.tonus.store.DoseKind;
import org.tonus.store.Note;
import org.tonus.store.Person;
import org.tonus.store.Regimen;
import org.tonus.store.RegimenSource;
import org.tonus.store.SpasticityScore;
import org.tonus.store.Store;
import org.tonus.store.SymptomReport;
import org.tonus.store.WeeklyAdherence;

/**
 * A patient's diary under {@code /api/patients/{id}/…}: regimens, dose events, symptom reports
 * (triaged as they are stored), spasticity scores, notes, weekly adherence and the daily dose.
 * Every handler first passes {@link PatientAccess} (signed in, allowed, audited), then reads the
 * body; lists cover {@code from} (inclusive) to {@code to} (exclusive), by default the last {@link
 * #DEFAULT_SPAN} up to now.
 */
final class PatientRoutes {
  static final String BASE = "/api/patients/{id}";

  /** How far back a list reaches when {@code from} is not given. */
  static final Duration DEFAULT_SPAN = Duration.ofDays(30);

  private static final String JSON = "application/json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Store store;
  private final PatientAccess access;
  private final JsonContracts contracts;
  private final JsonOutput json = new JsonOutput();

  PatientRoutes(Store store, PatientAccess access, JsonContracts contracts) {
    this.store = store;
    this.access = access;
    this.contracts = contracts;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE + "/regimens", this::regimens);
    routes.post(BASE + "/regimens", this::addRegimen);
    routes.get(BASE + "/dose-events", this::doseEvents);
    routes.post(BASE + "/dose-events", this::addDoseEvent);
    routes.get(BASE + "/symptom-reports", this::symptomReports);
    routes.post(BASE + "/symptom-reports", this::addSymptomReport);
    routes.get(BASE + "/spasticity-scores", this::spasticityScores);
    routes.post(BASE + "/spasticity-scores", this::addSpasticityScore);
    routes.get(BASE + "/notes", this::notes);
    routes.post(BASE + "/notes", this::addNote);
    routes.get(BASE + "/adherence", this::adherence);
    routes.get(BASE + "/daily-dose", this::dailyDose);
  }

  // --- regimens

  record RegimenJson(
      String source, LocalDate start, Optional<LocalDate> end, int dosesPerDay, JsonNode steps) {}

  private void regimens(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_REGIMENS");
    List<RegimenJson> regimens =
        store.regimens().of(patient).stream()
            .map(
                regimen ->
                    new RegimenJson(
                        word(regimen.source()),
                        regimen.start(),
                        regimen.end(),
                        regimen.dosesPerDay(),
                        tree(regimen.stepsJson())))
            .toList();
    write(ctx, 200, new Listed<>(patient, Optional.empty(), Optional.empty(), regimens));
  }

  private void addRegimen(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "WRITE_REGIMEN");
    String body = body(ctx);
    RequestFields request = JsonRequest.parse(body);
    request.allowOnly("source", "start", "end", "dosesPerDay", "steps");
    JsonNode steps = tree(body).path("steps");
    if (!steps.isMissingNode() && !steps.isNull() && !steps.isArray()) {
      throw new BadRequestException("steps must be an array (the plan's steps), if given");
    }
    String stepsJson = steps.isArray() ? steps.toString() : "[]";
    Regimen regimen =
        PatientAccess.stored(
            () ->
                new Regimen(
                    patient,
                    request.choice("source", RegimenSource.class).orElse(RegimenSource.ENTERED),
                    request.requiredDate("start"),
                    request.date("end"),
                    request.requiredInteger("dosesPerDay"),
                    stepsJson));
    long id = PatientAccess.stored(() -> store.regimens().add(regimen));
    write(
        ctx,
        201,
        new Created<>(
            id,
            new RegimenJson(
                word(regimen.source()),
                regimen.start(),
                regimen.end(),
                regimen.dosesPerDay(),
                tree(regimen.stepsJson()))));
  }

  // --- dose events

  record DoseEventJson(Instant at, String kind, BigDecimal doseMg) {
    static DoseEventJson of(DoseEvent event) {
      return new DoseEventJson(event.at(), word(event.kind()), event.doseMg());
    }
  }

  private void doseEvents(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_DOSE_EVENTS");
    Span span = span(ctx);
    write(
        ctx,
        200,
        span.listed(
            patient,
            store.doseEvents().between(patient, span.from, span.to).stream()
                .map(DoseEventJson::of)
                .toList()));
  }

  private void addDoseEvent(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "WRITE_DOSE_EVENT");
    RequestFields request = JsonRequest.parse(body(ctx));
    request.allowOnly("at", "kind", "doseMg");
    DoseKind kind =
        request
            .choice("kind", DoseKind.class)
            .orElseThrow(
                () ->
                    new BadRequestException("kind is missing; give taken, missed, late or extra"));
    DoseEvent event =
        PatientAccess.stored(
            () -> new DoseEvent(patient, at(request), kind, request.requiredDecimal("doseMg")));
    long id = PatientAccess.stored(() -> store.doseEvents().record(event, access.now()));
    write(ctx, 201, new Created<>(id, DoseEventJson.of(event)));
  }

  // --- symptom reports

  record SymptomReportJson(Instant at, String text, String outcome) {
    static SymptomReportJson of(SymptomReport report) {
      return new SymptomReportJson(report.at(), report.text(), report.outcome().name());
    }
  }

  record TriagedReport(long id, Instant at, String text, String outcome, JsonNode triage) {}

  private void symptomReports(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_SYMPTOM_REPORTS");
    Span span = span(ctx);
    write(
        ctx,
        200,
        span.listed(
            patient,
            store.symptomReports().between(patient, span.from, span.to).stream()
                .map(SymptomReportJson::of)
                .toList()));
  }

  private void addSymptomReport(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "WRITE_SYMPTOM_REPORT");
    String body = body(ctx);
    RequestFields request = JsonRequest.parse(body);
    request.allowOnly("at", "text", "recentStop", "missedDoses", "pumpProblem", "jurisdiction");
    Instant at = at(request);
    String text = request.requiredText("text");
    // The patient's own words go through the same triage as POST /api/triage; the report is
    // stored with the outcome in one row, so no report is ever without its triage.
    ObjectNode triageRequest = (ObjectNode) tree(body);
    triageRequest.remove("at");
    JsonAnswer answer =
        contracts.triage(
            JsonRequest.parse(triageRequest.toString()),
            at.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    JsonNode triage = tree(answer.json());
    TriageOutcome outcome = TriageOutcome.valueOf(triage.path("outcome").asText());
    SymptomReport report =
        PatientAccess.stored(() -> new SymptomReport(patient, at, text, outcome));
    long id = PatientAccess.stored(() -> store.symptomReports().record(report, access.now()));
    write(
        ctx,
        201,
        new TriagedReport(id, report.at(), report.text(), report.outcome().name(), triage));
  }

  // --- spasticity scores

  record SpasticityScoreJson(Instant at, int numericRating, int penn) {
    static SpasticityScoreJson of(SpasticityScore score) {
      return new SpasticityScoreJson(score.at(), score.numericRating(), score.penn());
    }
  }

  private void spasticityScores(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_SPASTICITY_SCORES");
    Span span = span(ctx);
    write(
        ctx,
        200,
        span.listed(
            patient,
            store.spasticityScores().between(patient, span.from, span.to).stream()
                .map(SpasticityScoreJson::of)
                .toList()));
  }

  private void addSpasticityScore(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "WRITE_SPASTICITY_SCORE");
    RequestFields request = JsonRequest.parse(body(ctx));
    request.allowOnly("at", "numericRating", "penn");
    SpasticityScore score =
        PatientAccess.stored(
            () ->
                new SpasticityScore(
                    patient,
                    at(request),
                    request.requiredInteger("numericRating"),
                    request.requiredInteger("penn")));
    long id = PatientAccess.stored(() -> store.spasticityScores().record(score, access.now()));
    write(ctx, 201, new Created<>(id, SpasticityScoreJson.of(score)));
  }

  // --- notes

  record NoteJson(Instant at, long authorId, String text) {
    static NoteJson of(Note note) {
      return new NoteJson(note.at(), note.authorId(), note.text());
    }
  }

  private void notes(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_NOTES");
    Span span = span(ctx);
    write(
        ctx,
        200,
        span.listed(
            patient,
            store.notes().between(patient, span.from, span.to).stream()
                .map(NoteJson::of)
                .toList()));
  }

  private void addNote(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    Person author = access.allow(ctx, patient, "WRITE_NOTE");
    RequestFields request = JsonRequest.parse(body(ctx));
    request.allowOnly("at", "text");
    Note note =
        PatientAccess.stored(
            () -> new Note(patient, author.id(), at(request), request.requiredText("text")));
    long id = PatientAccess.stored(() -> store.notes().record(note, access.now()));
    write(ctx, 201, new Created<>(id, NoteJson.of(note)));
  }

  // --- computed from the diary

  record AdherenceJson(
      long patientId,
      LocalDate week,
      String zone,
      int taken,
      int planned,
      Optional<BigDecimal> fraction) {}

  private void adherence(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_ADHERENCE");
    LocalDate week = QueryParameters.requiredDate(ctx, "week");
    ZoneId zone = QueryParameters.zone(ctx);
    WeeklyAdherence adherence = store.diary().adherence(patient, week, zone);
    write(
        ctx,
        200,
        new AdherenceJson(
            patient,
            adherence.monday(),
            zone.getId(),
            adherence.taken(),
            adherence.planned(),
            adherence.fraction()));
  }

  record RunningDoseJson(Instant at, String kind, BigDecimal doseMg, BigDecimal totalMg) {}

  record DailyDoseJson(
      long patientId,
      LocalDate day,
      String zone,
      List<RunningDoseJson> doses,
      BigDecimal totalMg) {}

  private void dailyDose(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_DAILY_DOSE");
    LocalDate day = QueryParameters.requiredDate(ctx, "day");
    ZoneId zone = QueryParameters.zone(ctx);
    DailyDose daily = store.diary().dailyDose(patient, day, zone);
    write(
        ctx,
        200,
        new DailyDoseJson(
            patient,
            daily.day(),
            zone.getId(),
            daily.running().stream()
                .map(
                    dose ->
                        new RunningDoseJson(
                            dose.at(), word(dose.kind()), dose.doseMg(), dose.totalMg()))
                .toList(),
            daily.totalMg()));
  }

  // --- shared shapes

  /** A list of one patient's entries, with the span it covers when it is a timeline. */
  record Listed<T>(long patientId, Optional<Instant> from, Optional<Instant> to, List<T> entries) {}

  /** A stored entry and the id it was stored under. */
  record Created<T>(long id, T entry) {}

  private record Span(Instant from, Instant to) {
    <T> Listed<T> listed(long patient, List<T> entries) {
      return new Listed<>(patient, Optional.of(from), Optional.of(to), entries);
    }
  }

  private Span span(Context ctx) {
    Instant now = access.now();
    // up to an hour ahead, so entries logged by a clock running a little fast are included
    Instant to = QueryParameters.instant(ctx, "to", () -> now.plus(Duration.ofHours(1)));
    Instant from = QueryParameters.instant(ctx, "from", () -> now.minus(DEFAULT_SPAN));
    if (!from.isBefore(to)) {
      throw new BadRequestException("from " + from + " must be before to " + to);
    }
    return new Span(from, to);
  }

  private Instant at(RequestFields request) {
    return request
        .text("at")
        .map(value -> QueryParameters.instant(request.where("at"), value))
        .orElseGet(access::now);
  }

  private static String body(Context ctx) {
    RequestBodies.acceptedType(ctx, List.of(JSON));
    return RequestBodies.text(ctx);
  }

  private static JsonNode tree(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadRequestException("the request is not valid JSON");
    }
  }

  private void write(Context ctx, int status, Object answer) {
    ctx.status(status).contentType(JSON).result(json.write(answer));
  }

  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
