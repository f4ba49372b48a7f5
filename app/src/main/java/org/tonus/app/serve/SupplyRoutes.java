package org.tonus.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import org.tonus.core.alert.Alert;
import org.tonus.core.intrathecal.PumpRefill;
import org.tonus.core.intrathecal.PumpRefillOutcome;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;
import org.tonus.store.Dispensing;
import org.tonus.store.OralSupplyStatus;
import org.tonus.store.PumpRefillStatus;
import org.tonus.store.RefillStatus;
import org.tonus.store.Store;

/**
 * A patient's supplies and the diary's own alerts under {@code /api/patients/{id}/…}: dispensings,
 * pump refills (worked out by the same calculator as {@code /api/pump}, stored only when its
 * arithmetic holds), the refill status on a day, and the alerts the stored days raise. Every
 * handler first passes {@link PatientAccess} (signed in, allowed, audited).
 */
final class SupplyRoutes {
  /** How many days back the diary alerts look when {@code from} is not given. */
  static final int DEFAULT_ALERT_DAYS = 14;

  private static final String JSON = "application/json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Store store;
  private final PatientAccess access;
  private final JsonContracts contracts;
  private final JsonOutput json = new JsonOutput();

  SupplyRoutes(Store store, PatientAccess access, JsonContracts contracts) {
    this.store = store;
    this.access = access;
    this.contracts = contracts;
  }

  void register(RoutesConfig routes) {
    routes.get(PatientRoutes.BASE + "/dispensings", this::dispensings);
    routes.post(PatientRoutes.BASE + "/dispensings", this::addDispensing);
    routes.post(PatientRoutes.BASE + "/pump-refills", this::addPumpRefill);
    routes.get(PatientRoutes.BASE + "/refills", this::refills);
    routes.get(PatientRoutes.BASE + "/alerts", this::alerts);
  }

  record DispensingJson(
      Instant dispensedAt, String product, String strength, BigDecimal quantity, String unit) {
    static DispensingJson of(Dispensing dispensing) {
      return new DispensingJson(
          dispensing.dispensedAt(),
          dispensing.product(),
          dispensing.strength().toString(),
          dispensing.quantity().stripTrailingZeros(),
          dispensing.unit().name().toLowerCase(Locale.ROOT));
    }
  }

  record Dispensings(long patientId, List<DispensingJson> entries) {}

  private void dispensings(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_DISPENSINGS");
    write(
        ctx,
        200,
        new Dispensings(
            patient, store.dispensings().of(patient).stream().map(DispensingJson::of).toList()));
  }

  private void addDispensing(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "WRITE_DISPENSING");
    RequestFields request = JsonRequest.parse(body(ctx));
    request.allowOnly("dispensedAt", "product", "strength", "quantity");
    Instant at =
        request
            .text("dispensedAt")
            .map(value -> QueryParameters.instant(request.where("dispensedAt"), value))
            .orElseGet(access::now);
    String product = request.requiredText("product");
    String strength = request.requiredText("strength");
    BigDecimal quantity = request.requiredDecimal("quantity");
    Dispensing dispensing =
        PatientAccess.stored(
            () -> Dispensing.of(patient, at, product, strength, quantity.toPlainString()));
    long id = PatientAccess.stored(() -> store.dispensings().record(dispensing, access.now()));
    write(ctx, 201, new PatientRoutes.Created<>(id, DispensingJson.of(dispensing)));
  }

  /** The calculator's answer (as {@code /api/pump} gives it) and whether it was stored. */
  record PumpRefillAnswer(long patientId, boolean stored, JsonNode refill) {}

  private void addPumpRefill(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "WRITE_PUMP_REFILL");
    RequestFields request = JsonRequest.parse(body(ctx));
    PumpRefillOutcome outcome =
        store
            .refills(contracts.knowledge())
            .recordPumpRefill(patient, contracts.pumpRefillRequest(request));
    boolean stored = outcome instanceof PumpRefill;
    JsonAnswer answer = new JsonAnswer(outcome, outcome.alerts());
    write(ctx, stored ? 201 : 422, new PumpRefillAnswer(patient, stored, tree(answer.json())));
  }

  record OralSupplyJson(
      DispensingJson dispensing,
      boolean counted,
      Optional<Long> daysLeft,
      Optional<LocalDate> refillDueOn,
      Optional<String> notCountedBecause,
      Optional<Object> supply) {
    static OralSupplyJson of(OralSupplyStatus status) {
      DispensingJson dispensing = DispensingJson.of(status.dispensing());
      if (status instanceof OralSupplyStatus.Counted counted) {
        return new OralSupplyJson(
            dispensing,
            true,
            counted.daysLeft().isPresent()
                ? Optional.of(counted.daysLeft().getAsLong())
                : Optional.empty(),
            counted.refillDueOn(),
            Optional.empty(),
            Optional.of(counted.supply()));
      }
      OralSupplyStatus.NotCounted notCounted = (OralSupplyStatus.NotCounted) status;
      return new OralSupplyJson(
          dispensing,
          false,
          Optional.empty(),
          Optional.empty(),
          Optional.of(notCounted.reason()),
          Optional.empty());
    }
  }

  record RefillsJson(
      long patientId, LocalDate day, List<OralSupplyJson> oral, Optional<PumpRefillStatus> pump) {}

  private void refills(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_REFILLS");
    ZoneId zone = QueryParameters.zone(ctx);
    LocalDate day =
        QueryParameters.text(ctx, "day")
            .map(value -> RequestFields.date("day", value))
            .orElseGet(() -> LocalDate.ofInstant(access.now(), zone));
    RefillStatus status = store.refills(contracts.knowledge()).forPatient(patient, day, zone);
    write(
        ctx,
        200,
        new RefillsJson(
            patient,
            status.day(),
            status.oral().stream().map(OralSupplyJson::of).toList(),
            status.pump()));
  }

  record AlertsJson(long patientId, LocalDate from, LocalDate today, List<Alert> alerts) {}

  private void alerts(Context ctx) {
    long patient = QueryParameters.id(ctx, "id");
    access.allow(ctx, patient, "READ_DIARY_ALERTS");
    ZoneId zone = QueryParameters.zone(ctx);
    LocalDate today =
        QueryParameters.text(ctx, "today")
            .map(value -> RequestFields.date("today", value))
            .orElseGet(() -> LocalDate.ofInstant(access.now(), zone));
    LocalDate from =
        QueryParameters.text(ctx, "from")
            .map(value -> RequestFields.date("from", value))
            .orElse(today.minusDays(DEFAULT_ALERT_DAYS - 1));
    Jurisdiction jurisdiction = jurisdiction(ctx);
    Patient person = dosingPatient(ctx);
    List<Alert> alerts =
        PatientAccess.stored(
            () ->
                store
                    .diaryAlerts(contracts.knowledge())
                    .of(patient, jurisdiction, person, from, today, zone));
    write(ctx, 200, new AlertsJson(patient, from, today, alerts));
  }

  /**
   * The store keeps no birth date or weight, and the maxima depend on them (children's limits), so
   * the caller says them; without an age there is no maximum to judge by.
   */
  private static Patient dosingPatient(Context ctx) {
    int age =
        QueryParameters.text(ctx, "ageYears")
            .map(SupplyRoutes::age)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "ageYears is missing; the daily maximum depends on the patient's age"));
    Patient patient = PatientAccess.stored(() -> Patient.aged(age));
    Optional<String> weight = QueryParameters.text(ctx, "weightKg");
    return weight.isPresent()
        ? PatientAccess.stored(() -> patient.withWeightKg(weight.get()))
        : patient;
  }

  private static int age(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException("ageYears '" + value + "' is not a whole number of years");
    }
  }

  private static Jurisdiction jurisdiction(Context ctx) {
    return QueryParameters.text(ctx, "jurisdiction")
        .map(
            value -> {
              try {
                return Jurisdiction.valueOf(value.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new BadRequestException(
                    "jurisdiction '" + value + "' is not one Tonus knows: US or UK");
              }
            })
        .orElse(Jurisdiction.US);
  }

  private static String body(Context ctx) {
    RequestBodies.acceptedType(ctx, List.of(JSON));
    return RequestBodies.text(ctx);
  }

  private static JsonNode tree(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Context ctx, int status, Object answer) {
    ctx.status(status).contentType(JSON).result(json.write(answer));
  }
}
