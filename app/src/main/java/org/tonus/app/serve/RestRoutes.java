package org.tonus.app.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tonus.app.JsonAnswer;
import org.tonus.app.JsonContracts;
import org.tonus.app.output.JsonOutput;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.JsonRequest;
import org.tonus.app.request.RequestFields;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.monograph.Monograph;
import org.tonus.core.monograph.MonographFormat;

/**
 * The REST API under {@code /api}: each handler reads the body, asks the contracts and writes the
 * answer, exactly as {@code tonus <command> --json - --format json} would print it.
 */
final class RestRoutes {
  private static final String JSON = "application/json";

  private final JsonContracts contracts;
  private final Map<String, CheckIntake> checkIntakes;
  private final Clock clock;
  private final String version;
  private final FhirApi fhir;
  private final JsonOutput json = new JsonOutput();
  // the knowledge never changes while the server runs, so neither does the health answer
  private final java.util.concurrent.atomic.AtomicReference<String> healthAnswer =
      new java.util.concurrent.atomic.AtomicReference<>();

  RestRoutes(
      JsonContracts contracts,
      Map<String, CheckIntake> checkIntakes,
      Clock clock,
      String version,
      FhirApi fhir) {
    this.contracts = contracts;
    this.checkIntakes = Map.copyOf(checkIntakes);
    this.clock = clock;
    this.version = version;
    this.fhir = fhir;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/check", this::check);
    routes.post("/api/plan/titrate", ctx -> plan(ctx, contracts::titrate, fhir::titration));
    routes.post("/api/plan/taper", ctx -> plan(ctx, contracts::taper, fhir::taper));
    routes.post("/api/plan/intrathecal", ctx -> answer(ctx, contracts::intrathecal));
    routes.post("/api/renal", ctx -> answer(ctx, contracts::renal));
    routes.post("/api/supply", ctx -> answer(ctx, contracts::supply));
    routes.post("/api/pump", ctx -> answer(ctx, contracts::pump));
    routes.post("/api/triage", this::triage);
    routes.post("/api/missed", ctx -> answer(ctx, contracts::missed));
    routes.get("/api/ask", this::ask);
    routes.get("/api/monograph", this::monograph);
    routes.get("/api/health", this::health);
  }

  private void check(Context ctx) {
    String type = RequestBodies.acceptedType(ctx, checkIntakes.keySet().stream().sorted().toList());
    String body = RequestBodies.text(ctx);
    LocalDate today = LocalDate.now(clock);
    if (FhirApi.wantsFhir(ctx)) {
      fhir.check(ctx, type, body, today, checkIntakes.get(type));
      return;
    }
    CheckIntake intake =
        type.equals(FhirApi.MEDIA_TYPE) ? fhir.intake(ctx) : checkIntakes.get(type);
    write(ctx, contracts.check(intake.read(body, today)));
  }

  /** A plan as the JSON contract, or as a FHIR MedicationRequest when FHIR is asked for. */
  private static void plan(
      Context ctx,
      Function<RequestFields, JsonAnswer> contract,
      java.util.function.BiConsumer<Context, String> inFhir) {
    RequestBodies.acceptedType(ctx, List.of(JSON));
    String body = RequestBodies.text(ctx);
    if (FhirApi.wantsFhir(ctx)) {
      inFhir.accept(ctx, body);
    } else {
      write(ctx, contract.apply(JsonRequest.parse(body)));
    }
  }

  private void triage(Context ctx) {
    RequestBodies.acceptedType(ctx, List.of(JSON));
    LocalDate today = LocalDate.now(clock);
    write(ctx, contracts.triage(JsonRequest.parse(RequestBodies.text(ctx)), today));
  }

  private static void answer(Context ctx, Function<RequestFields, JsonAnswer> contract) {
    RequestBodies.acceptedType(ctx, List.of(JSON));
    write(ctx, contract.apply(JsonRequest.parse(RequestBodies.text(ctx))));
  }

  private static void write(Context ctx, JsonAnswer answer) {
    ctx.contentType(JSON).result(answer.json());
  }

  private void ask(Context ctx) {
    Jurisdiction jurisdiction = choice(ctx, "jurisdiction", Jurisdiction.class, Jurisdiction.US);
    String question =
        query(ctx, "q")
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "q is missing or blank; ask in words, e.g. /api/ask?q=can+I+drink+alcohol"
                            + "+on+baclofen%3F"));
    write(ctx, contracts.ask(question, jurisdiction));
  }

  private void monograph(Context ctx) {
    Jurisdiction jurisdiction = choice(ctx, "jurisdiction", Jurisdiction.class, Jurisdiction.US);
    String format =
        query(ctx, "format")
            .orElse(FhirApi.wantsFhir(ctx) ? "fhir" : "json")
            .toLowerCase(Locale.ROOT);
    Monograph monograph = contracts.monograph(jurisdiction);
    switch (format) {
      case "json" ->
          ctx.contentType(JSON)
              .result(
                  json.writeWith(
                      MonographAnswer.of(monograph), "disclaimer", Monograph.DISCLAIMER));
      case "text" ->
          ctx.contentType("text/plain; charset=utf-8")
              .result(MonographFormat.TEXT.write(monograph));
      case "markdown" ->
          ctx.contentType("text/markdown; charset=utf-8")
              .result(MonographFormat.MARKDOWN.write(monograph));
      case "html" ->
          ctx.contentType("text/html; charset=utf-8").result(MonographFormat.HTML.write(monograph));
      case "fhir" -> fhir.monograph(ctx, jurisdiction);
      default ->
          throw new BadRequestException(
              "format '" + format + "' is not one of json, text, markdown, html, fhir");
    }
  }

  private void health(Context ctx) {
    ctx.contentType(JSON)
        .result(healthAnswer.updateAndGet(known -> known != null ? known : health()));
  }

  private String health() {
    return json.write(
        new Health(
            "ok",
            version,
            new Health.LoadedKnowledge(
                contracts.knowledge().name(),
                contracts.knowledge().facts().count(),
                contracts.knowledge().sources().size())));
  }

  /** {@code GET /api/health}: up, which build, and which knowledge it answers from. */
  record Health(String status, String version, LoadedKnowledge knowledge) {
    record LoadedKnowledge(String name, long facts, int sources) {}
  }

  private static java.util.Optional<String> query(Context ctx, String name) {
    List<String> values;
    try {
      values = ctx.queryParams(name);
    } catch (IllegalArgumentException malformed) {
      throw new BadRequestException("the query string is not valid URL encoding");
    }
    if (values.size() > 1) {
      throw new BadRequestException(name + " is given " + values.size() + " times; give it once");
    }
    return values.stream().findFirst().map(String::trim).filter(value -> !value.isEmpty());
  }

  private static <E extends Enum<E>> E choice(
      Context ctx, String name, Class<E> type, E otherwise) {
    return query(ctx, name)
        .map(
            value -> {
              for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                  return constant;
                }
              }
              throw new BadRequestException(
                  name
                      + " '"
                      + value
                      + "' is not one of "
                      + String.join(
                          ", ",
                          java.util.Arrays.stream(type.getEnumConstants())
                              .map(Enum::name)
                              .toList()));
            })
        .orElse(otherwise);
  }
}
