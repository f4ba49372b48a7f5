package org.tonus.fhir.cds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.fhir.ClinicalRecord;
import org.tonus.fhir.FhirCheckIntake;
import org.tonus.fhir.FhirCheckRequest;
import org.tonus.fhir.FhirInputException;
import org.tonus.fhir.IntakeOptions;
import org.tonus.fhir.lean.LeanReader;
import org.tonus.fhir.lean.LeanRecord;

/**
 * The {@code tonus-order-select} and {@code tonus-order-sign} services: reads the draft orders of a
 * hook call, and for each baclofen draft (by RxNorm code or name) gathers the patient's record from
 * the prefetch or, for what the client did not prefetch, from its FHIR server; runs the checker and
 * answers one card per alert. No baclofen draft, or no alert: no cards. Nothing is fetched unless a
 * baclofen draft needs it. A baclofen draft whose dosage cannot be read is a critical {@code
 * INVALID_ORDER} card naming the element (POL-10), not a failed call: the clinician must see that
 * the order was not checked.
 *
 * <p>The patient's record (prefetch, and what is fetched) is read by the lean reader ({@code
 * org.tonus.fhir.lean}: Jackson trees into lean records, the FHIR intake's rules over them), not
 * into HAPI trees; the draft orders stay HAPI resources (the suggestions edit them). Where the lean
 * reading cannot tell what HAPI would read, or refuses, HAPI reads the same resources, so the
 * answer and every refusal's message are HAPI's ({@code CdsLeanReadingTest} compares the two).
 *
 * <p>Errors: a malformed call is a {@link FhirInputException} (HTTP 400); a FHIR server that cannot
 * give what is needed is a {@link FhirFetchException} (the HTTP layer decides, e.g. 412 or 502).
 * Thread-safe; build one per process.
 */
public final class CdsOrderService {
  /** FHIR resource ids: letters, digits, '-' and '.', up to 64 characters. */
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private static final String INVALID_ORDER_POLICY = "POL-10";

  /** Reads HAPI's JSON back with its decimals as written (1.10 stays 1.10, as in the tree). */
  private static final ObjectMapper EXACT_JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private final FhirContext context;
  private final Knowledge knowledge;
  private final Checker checker;
  private final CdsSettings settings;
  private final FhirCheckIntake intake;
  private final CardWriter cards;
  private final Suggestions suggestions;

  /**
   * How the patient's record is read: {@code LEAN} with HAPI where the lean reading cannot tell
   * (the service's way), or, for the tests that compare the two, only HAPI or only lean.
   */
  enum Reading {
    LEAN,
    HAPI,
    LEAN_ONLY
  }

  private final Reading reading;

  public CdsOrderService(
      FhirContext context, Knowledge knowledge, Checker checker, CdsSettings settings) {
    this(context, knowledge, checker, settings, Reading.LEAN);
  }

  CdsOrderService(
      FhirContext context,
      Knowledge knowledge,
      Checker checker,
      CdsSettings settings,
      Reading reading) {
    this.reading = Objects.requireNonNull(reading, "reading");
    this.context = Objects.requireNonNull(context, "context");
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.checker = Objects.requireNonNull(checker, "checker");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.intake = new FhirCheckIntake(context, knowledge);
    this.cards = new CardWriter(knowledge, settings);
    this.suggestions = new Suggestions(context, knowledge, checker);
  }

  /**
   * Answers a call to service {@code serviceId} ({@link CdsServices#ORDER_SELECT_ID} or {@link
   * CdsServices#ORDER_SIGN_ID}).
   */
  public CdsResponse call(String serviceId, CdsHookRequest request, FhirFetcher fetcher) {
    String hook =
        CdsServices.hookOf(serviceId)
            .orElseThrow(
                () ->
                    new FhirInputException(
                        "there is no CDS service '"
                            + serviceId
                            + "'; Tonus has "
                            + CdsServices.ORDER_SELECT_ID
                            + " and "
                            + CdsServices.ORDER_SIGN_ID));
    if (!hook.equals(request.hook())) {
      throw new FhirInputException(
          "service " + serviceId + " answers hook " + hook + ", not " + request.hook());
    }
    String patientId = request.context().patientId();
    if (!FHIR_ID.matcher(patientId).matches()) {
      throw new FhirInputException(
          "context.patientId '"
              + patientId
              + "' is not a FHIR id (letters, digits, - and ., up to 64)");
    }
    Bundle drafts =
        bundle(
            request
                .context()
                .draftOrders()
                .orElseThrow(
                    () -> new FhirInputException("context.draftOrders is required for " + hook)),
            "context.draftOrders");
    ClinicalRecord draftRecord = ClinicalRecord.of(drafts);
    List<MedicationRequest> ours = new ArrayList<>();
    for (MedicationRequest draft : draftRecord.medicationRequests()) {
      if (selected(draft, request) && intake.packDrugName(draft, draftRecord).isPresent()) {
        ours.add(draft);
      }
    }
    if (ours.isEmpty()) {
      return CdsResponse.none();
    }
    List<CdsResponse.Card> answer = new ArrayList<>();
    List<MedicationRequest> readable = new ArrayList<>();
    for (MedicationRequest draft : ours) {
      Optional<String> unreadable = intake.unreadableDosage(draft, draftRecord);
      if (unreadable.isPresent()) {
        // the clinician must see that the order was not checked: a card, not a failed call
        answer.add(
            cards.card(
                invalidOrder(unreadable.get()),
                request.hookInstance(),
                "MedicationRequest/" + draft.getIdElement().getIdPart(),
                List.of()));
      } else {
        readable.add(draft);
      }
    }
    if (readable.isEmpty()) {
      return new CdsResponse(answer);
    }
    JsonNode draftsJson = request.context().draftOrders().orElseThrow();
    List<Part> parts = parts(request, fetcher);
    IntakeOptions options =
        IntakeOptions.of(settings.jurisdiction(), LocalDate.now(settings.clock()));
    List<FhirCheckRequest> checks;
    if (reading == Reading.HAPI) {
      checks = hapiChecks(parts, patientId, draftRecord, readable, options);
    } else if (reading == Reading.LEAN_ONLY) {
      checks = leanChecks(parts, draftsJson, draftRecord, readable, options);
    } else {
      try {
        checks = leanChecks(parts, draftsJson, draftRecord, readable, options);
      } catch (RuntimeException notLean) {
        // The lean reading could not tell what HAPI would read (or refuses): HAPI reads the same
        // resources, and answers or refuses with its own message, exactly as before.
        checks = hapiChecks(parts, patientId, draftRecord, readable, options);
      }
    }
    for (int i = 0; i < readable.size(); i++) {
      MedicationRequest draft = readable.get(i);
      FhirCheckRequest check = checks.get(i);
      CheckResult result = checker.check(check.request());
      String drug = intake.packDrugName(draft, draftRecord).orElseThrow();
      for (Alert alert : result.alerts()) {
        answer.add(
            cards.card(
                alert,
                request.hookInstance(),
                check.orderReference(),
                suggestions.of(alert, check.request(), result, draft, drug)));
      }
    }
    return new CdsResponse(answer);
  }

  /** POL-10: an order that cannot be read is invalid and critical, naming what is wrong. */
  private Alert invalidOrder(String problem) {
    Fact policy =
        knowledge
            .fact(INVALID_ORDER_POLICY)
            .orElseThrow(
                () -> new IllegalStateException("the knowledge has no " + INVALID_ORDER_POLICY));
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("about", problem);
    evidence.put("rules", policy.id());
    return new Alert(
        AlertCode.INVALID_ORDER,
        Severity.CRITICAL,
        "The order cannot be interpreted, so it was not checked: " + problem + ".",
        evidence,
        policy.sources());
  }

  /** order-select checks only the orders just selected, when the client lists them. */
  private static boolean selected(MedicationRequest draft, CdsHookRequest request) {
    List<String> selections = request.context().selections();
    if (!"order-select".equals(request.hook()) || selections.isEmpty()) {
      return true;
    }
    String id = draft.getIdElement().getIdPart();
    return selections.stream()
        .anyMatch(
            s -> s.equals("MedicationRequest/" + id) || s.equals(draft.getIdElement().getValue()));
  }

  /**
   * One prefetch key's resources: the prefetched JSON with its lean reading, or, when the lean
   * reader could not place it, HAPI's reading; or what the FHIR server gave.
   */
  private record Part(
      String key, Optional<JsonNode> json, Optional<LeanRecord> lean, Optional<Resource> hapi) {}

  /**
   * Each prefetch key from the prefetch, or else fetched from the FHIR server, in the templates'
   * order; a prefetch the lean reader cannot place is read by HAPI at once, so that a malformed one
   * is refused with HAPI's message before anything later is fetched, as it always was.
   */
  private List<Part> parts(CdsHookRequest request, FhirFetcher fetcher) {
    List<Part> parts = new ArrayList<>();
    Optional<FhirServer> server = server(request);
    for (String key : Prefetch.TEMPLATES.keySet()) {
      Optional<JsonNode> prefetched = request.prefetched(key);
      if (prefetched.isPresent()) {
        Optional<LeanRecord> lean =
            reading == Reading.HAPI ? Optional.empty() : lean(prefetched.get());
        parts.add(
            new Part(
                key,
                prefetched,
                lean,
                lean.isPresent()
                    ? Optional.empty()
                    : Optional.of(resource(prefetched.get(), "prefetch." + key))));
      } else {
        FhirServer from =
            server.orElseThrow(
                () ->
                    new FhirInputException(
                        "prefetch."
                            + key
                            + " is missing and the request names no fhirServer to fetch it from"));
        Resource fetched = fetcher.fetch(from, Prefetch.query(key, request.context().patientId()));
        parts.add(new Part(key, Optional.empty(), Optional.empty(), Optional.of(fetched)));
      }
    }
    return parts;
  }

  private static Optional<LeanRecord> lean(JsonNode json) {
    try {
      return Optional.of(LeanRecord.of(json));
    } catch (RuntimeException notLean) {
      return Optional.empty();
    }
  }

  /**
   * The check of each draft with the record read by the lean reader (no HAPI trees for the
   * prefetch); a fetched resource, already a HAPI tree, is written back to JSON for it.
   */
  private List<FhirCheckRequest> leanChecks(
      List<Part> parts,
      JsonNode draftsJson,
      ClinicalRecord draftRecord,
      List<MedicationRequest> drafts,
      IntakeOptions options) {
    LeanRecord record = LeanRecord.of(List.of());
    for (Part part : parts) {
      LeanRecord read =
          part.lean()
              .orElseGet(
                  () ->
                      part.json().isPresent()
                          ? LeanRecord.of(part.json().get()) // unreadable: HAPI reads all
                          : LeanRecord.of(asJson(part.hapi().orElseThrow())));
      record = record.and(read);
    }
    if (record.patient().isEmpty()) {
      throw new LeanReader.Unreadable("no Patient");
    }
    record = record.withOrdered(draftsJson);
    if (record.ordered().size() != draftRecord.medicationRequests().size()) {
      throw new LeanReader.Unreadable("the draft orders read differently");
    }
    List<FhirCheckRequest> checks = new ArrayList<>();
    for (MedicationRequest draft : drafts) {
      checks.add(intake.read(record, indexOf(draft, draftRecord), draft, options));
    }
    return checks;
  }

  private static int indexOf(MedicationRequest draft, ClinicalRecord draftRecord) {
    List<MedicationRequest> all = draftRecord.medicationRequests();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == draft) {
        return i;
      }
    }
    throw new IllegalStateException("a draft is not among the draft orders");
  }

  private JsonNode asJson(Resource resource) {
    try {
      return EXACT_JSON.readTree(context.newJsonParser().encodeResourceToString(resource));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("HAPI wrote JSON that does not parse", e);
    }
  }

  /** The check of each draft as HAPI reads the record (the reference path). */
  private List<FhirCheckRequest> hapiChecks(
      List<Part> parts,
      String patientId,
      ClinicalRecord draftRecord,
      List<MedicationRequest> drafts,
      IntakeOptions options) {
    List<Resource> resources = new ArrayList<>();
    for (Part part : parts) {
      resources.add(
          part.hapi()
              .orElseGet(() -> resource(part.json().orElseThrow(), "prefetch." + part.key())));
    }
    ClinicalRecord patientRecord = ClinicalRecord.of(resources);
    if (patientRecord.patient().isEmpty()) {
      throw new FhirInputException("prefetch.patient (Patient/" + patientId + ") gave no Patient");
    }
    // the other drafts are ordered together with each baclofen draft: co-medications too
    List<Resource> ordered = new ArrayList<>(draftRecord.medicationRequests());
    ordered.addAll(draftRecord.medications());
    ClinicalRecord record = patientRecord.with(ordered);
    List<FhirCheckRequest> checks = new ArrayList<>();
    for (MedicationRequest draft : drafts) {
      checks.add(intake.read(record, draft, options));
    }
    return checks;
  }

  private static Optional<FhirServer> server(CdsHookRequest request) {
    if (request.fhirServer().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new FhirServer(
              URI.create(request.fhirServer().get()),
              request.fhirAuthorization().map(FhirAuthorization::accessToken)));
    } catch (IllegalArgumentException bad) {
      throw new FhirInputException("fhirServer: " + bad.getMessage());
    }
  }

  private Bundle bundle(JsonNode json, String where) {
    if (resource(json, where) instanceof Bundle bundle) {
      return bundle;
    }
    throw new FhirInputException(where + " must be a FHIR Bundle");
  }

  private Resource resource(JsonNode json, String where) {
    IParser parser = context.newJsonParser();
    try {
      return (Resource) parser.parseResource(json.toString());
    } catch (DataFormatException | ClassCastException e) {
      throw new FhirInputException(where + " is not a FHIR R4 resource: " + e.getMessage(), e);
    }
  }
}
