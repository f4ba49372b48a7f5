package org.tonus.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.alert.Alert;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.SpasticityOrigin;
import org.tonus.core.patient.Patient;

/**
 * The clinical cases of {@code check/cases.yaml}: each request with the alert codes and severities
 * expected from the facts (written by hand; the note of each case names the fact), and nothing
 * else.
 */
class CheckCasesTest {
  private static final Checker CHECKER = new Checker(KnowledgeLoader.loadBundled());
  private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

  static Stream<Arguments> cases() {
    try (InputStream in = CheckCasesTest.class.getResourceAsStream("/check/cases.yaml")) {
      JsonNode root = new YAMLMapper().readTree(in);
      List<Arguments> cases = new ArrayList<>();
      root.get("cases").forEach(c -> cases.add(Arguments.of(c.get("name").asText(), c)));
      return cases.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void alertsAreTheOnesTheFactsCallFor(String name, JsonNode c) {
    assertThat(c.has("note")).as("every case cites its fact in a note").isTrue();
    CheckResult result = CHECKER.check(request(c));
    List<String> got =
        result.alerts().stream().map(a -> a.code() + " " + a.severity().word()).toList();
    assertThat(got)
        .as("alerts of %s: %s", name, result.alerts())
        .containsExactlyInAnyOrderElementsOf(texts(c.get("expect")));
    assertThat(result.alerts()).allSatisfy(a -> assertThat(a.sources()).isNotEmpty());
    if (c.has("unrecognised")) {
      assertThat(result.unrecognised())
          .containsExactlyInAnyOrderElementsOf(texts(c.get("unrecognised")));
    }
    if (c.has("dailyDoseMg")) {
      assertThat(result.parsedOrder().flatMap(ParsedOrder::dailyDoseMg))
          .hasValueSatisfying(
              v -> assertThat(v).isEqualByComparingTo(c.get("dailyDoseMg").asText()));
    }
    if (c.has("evidence")) {
      c.get("evidence")
          .properties()
          .forEach(
              e ->
                  assertThat(result.alerts())
                      .extracting(Alert::evidence)
                      .anySatisfy(
                          ev -> assertThat(ev).containsEntry(e.getKey(), e.getValue().asText())));
    }
  }

  static CheckRequest request(JsonNode c) {
    JsonNode p = c.path("patient");
    Patient patient = Patient.aged(p.path("age").asInt(40));
    if (p.has("weightKg")) {
      patient = patient.withWeightKg(p.get("weightKg").asText());
    }
    if (p.has("crcl")) {
      patient = patient.withCreatinineClearanceMlMin(p.get("crcl").asText());
    }
    if (p.has("serumCreatinine")) {
      patient = patient.withSerumCreatinineMgDl(p.get("serumCreatinine").asText());
    }
    if (p.has("sex")) {
      patient =
          patient.withSex(
              org.tonus.core.patient.Sex.valueOf(p.get("sex").asText().toUpperCase(Locale.ROOT)));
    }
    if (p.path("dialysis").asBoolean(false)) {
      patient = patient.withDialysis(true);
    }
    if (p.path("inpatient").asBoolean(false)) {
      patient = patient.withHospitalInpatient(true);
    }
    if (p.has("origin")) {
      patient =
          patient.withSpasticityOrigin(
              SpasticityOrigin.valueOf(p.get("origin").asText().toUpperCase(Locale.ROOT)));
    }
    List<ConditionMention> conditions = new ArrayList<>();
    p.path("conditions")
        .forEach(
            n ->
                conditions.add(
                    n.isTextual()
                        ? ConditionMention.text(n.asText())
                        : new ConditionMention(
                            text(n, "text"), text(n, "icd10"), text(n, "snomed"))));
    List<MedicationMention> meds = new ArrayList<>();
    p.path("medications").forEach(n -> meds.add(new MedicationMention(n.asText())));
    List<AllergyMention> allergies = new ArrayList<>();
    p.path("allergies")
        .forEach(
            n -> allergies.add(new AllergyMention(n.get("text").asText(), text(n, "reaction"))));
    CheckPatient checkPatient =
        new CheckPatient(
            patient,
            p.path("pregnant").asBoolean(false),
            p.path("breastfeeding").asBoolean(false),
            conditions,
            meds,
            allergies,
            text(p, "alcohol")
                .map(a -> CheckPatient.AlcoholIntake.valueOf(a.toUpperCase(Locale.ROOT))));
    Optional<CurrentOrder> current = Optional.empty();
    if (c.has("current")) {
      JsonNode n = c.get("current");
      CurrentOrder order = CurrentOrder.of(order(n));
      if (n.has("since")) {
        order = order.since(LocalDate.parse(n.get("since").asText()));
      }
      if (n.has("phase")) {
        order =
            order.inPhase(
                CurrentOrder.Phase.valueOf(n.get("phase").asText().toUpperCase(Locale.ROOT)));
      }
      current = Optional.of(order);
    }
    Optional<PumpSettings> pump =
        c.has("pump")
            ? Optional.of(
                new PumpSettings(
                    new BigDecimal(c.get("pump").get("reservoir").asText()),
                    new BigDecimal(c.get("pump").get("programmed").asText())))
            : Optional.empty();
    return new CheckRequest(
        Jurisdiction.valueOf(c.path("jurisdiction").asText("US")),
        checkPatient,
        current,
        pump,
        order(c.get("order")),
        c.path("replacesCurrent").asBoolean(false),
        text(c, "indication"),
        c.has("today") ? LocalDate.parse(c.get("today").asText()) : TODAY);
  }

  private static OrderInput order(JsonNode n) {
    if (n.isTextual()) {
      return OrderInput.sig(n.asText());
    }
    if (n.path("stop").asBoolean(false)) {
      return OrderInput.stop();
    }
    if (n.has("sig")) {
      return OrderInput.sig(n.get("sig").asText());
    }
    return new OrderInput.Structured(
        n.path("drug").asText(""),
        text(n, "doseValue").map(BigDecimal::new),
        text(n, "doseUnit"),
        text(n, "route"),
        n.has("timesPerDay") ? Optional.of(n.get("timesPerDay").asInt()) : Optional.empty(),
        n.path("asNeeded").asBoolean(false),
        n.has("durationDays") ? Optional.of(n.get("durationDays").asInt()) : Optional.empty());
  }

  private static Optional<String> text(JsonNode n, String field) {
    return n.has(field) && !n.get(field).isNull()
        ? Optional.of(n.get(field).asText())
        : Optional.empty();
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    if (list != null) {
      list.forEach(n -> texts.add(n.asText()));
    }
    return texts;
  }
}
