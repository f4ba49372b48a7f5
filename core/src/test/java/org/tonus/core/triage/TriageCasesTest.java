package org.tonus.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.check.CheckPatient;
import org.tonus.core.check.Checker;
import org.tonus.core.check.CurrentOrder;
import org.tonus.core.check.OrderInput;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.Route;
import org.tonus.core.patient.Patient;
import org.tonus.core.renal.CaseFile;

/**
 * The triage cases of {@code triage/cases.yaml}: the person's words and context, with the outcome,
 * the symptom terms and the triage alerts worked out by hand from the facts each note names.
 */
class TriageCasesTest {
  static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  static final Triage TRIAGE = new Triage(KNOWLEDGE, new Checker(KNOWLEDGE));
  private static final Set<AlertCode> TRIAGE_CODES =
      Set.of(AlertCode.SEEK_CARE_NOW, AlertCode.OVERDOSE_SIGNS, AlertCode.WITHDRAWAL_SIGNS);

  static Stream<Arguments> cases() {
    return CaseFile.cases("/triage/cases.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outcomeSymptomsAndAlertsAreTheOnesTheFactsCallFor(String name, JsonNode c) {
    assertThat(c.path("note").asText()).as("every case cites its facts in a note").isNotBlank();
    TriageResult result = TRIAGE.triage(request(c));
    String seen =
        result.outcome()
            + " "
            + result.symptoms()
            + " negated "
            + result.negated()
            + " "
            + result.alerts()
            + " unrecognised "
            + result.unrecognised();
    assertThat(result.outcome())
        .as(seen)
        .isEqualTo(TriageOutcome.valueOf(c.get("outcome").asText()));
    assertThat(result.symptoms())
        .extracting(RecognisedSymptom::term)
        .as(seen)
        .containsExactlyInAnyOrderElementsOf(CaseFile.texts(c, "symptoms"));
    if (c.has("negated")) {
      assertThat(result.negated())
          .extracting(RecognisedSymptom::term)
          .as(seen)
          .containsExactlyInAnyOrderElementsOf(CaseFile.texts(c, "negated"));
    }
    List<String> triageAlerts =
        result.alerts().stream()
            .filter(a -> TRIAGE_CODES.contains(a.code()))
            .map(a -> a.code() + " " + a.severity().word())
            .toList();
    assertThat(triageAlerts)
        .as(seen)
        .containsExactlyInAnyOrderElementsOf(CaseFile.texts(c, "alerts"));
    if (c.has("unrecognised")) {
      assertThat(result.unrecognised())
          .as(seen)
          .containsExactlyElementsOf(CaseFile.texts(c, "unrecognised"));
    }
    if (c.has("checkAlerts")) {
      assertThat(result.alerts())
          .extracting(Alert::code)
          .as(seen)
          .containsAll(CaseFile.texts(c, "checkAlerts").stream().map(AlertCode::valueOf).toList());
    }
    if (c.has("rules")) {
      assertThat(result.rules()).as(seen).containsAll(CaseFile.texts(c, "rules"));
    }
    if (c.has("matched")) {
      assertThat(result.symptoms())
          .extracting(RecognisedSymptom::matched)
          .as(seen)
          .containsAll(CaseFile.texts(c, "matched"));
    }
    if (c.has("advice")) {
      for (String words : CaseFile.texts(c, "advice")) {
        assertThat(result.advice()).as(seen).anySatisfy(a -> assertThat(a).contains(words));
      }
    }
    TriageInvariants.hold(result);
  }

  static TriageRequest request(JsonNode c) {
    JsonNode x = c.path("context");
    TriageRequest request =
        new TriageRequest(
            c.path("text").asText(""),
            Jurisdiction.valueOf(x.path("jurisdiction").asText("US")),
            Optional.empty(),
            x.path("recentStop").asBoolean(false),
            x.path("missedDoses").asInt(0),
            x.path("pumpProblem").asBoolean(false),
            x.path("doseRecentlyIncreased").asBoolean(false),
            x.path("kidneyDecline").asBoolean(false),
            Optional.empty());
    if (x.has("route")) {
      request = request.onRoute(Route.valueOf(x.get("route").asText().toUpperCase(Locale.ROOT)));
    }
    if (c.has("regimen")) {
      JsonNode r = c.get("regimen");
      Patient patient = Patient.aged(r.path("age").asInt(40));
      if (r.has("crcl")) {
        patient = patient.withCreatinineClearanceMlMin(r.get("crcl").asText());
      }
      CurrentOrder current = CurrentOrder.of(OrderInput.sig(r.get("sig").asText()));
      if (r.has("since")) {
        current = current.since(LocalDate.parse(r.get("since").asText()));
      }
      request =
          request.withRegimen(
              new TriageRegimen(
                  CheckPatient.of(patient),
                  current,
                  Optional.empty(),
                  LocalDate.parse(r.path("today").asText("2026-11-23"))));
    }
    return request;
  }

  static List<String> list(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }
}
