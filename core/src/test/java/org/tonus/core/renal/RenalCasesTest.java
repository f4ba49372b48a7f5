package org.tonus.core.renal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.alert.Severity;
import org.tonus.core.knowledge.KnowledgeLoader;

/** The worked renal examples of renal/renal-cases.yaml, each computed by hand in the file. */
class RenalCasesTest {
  static RenalAssessor assessor;

  @BeforeAll
  static void load() {
    assessor = new RenalAssessor(KnowledgeLoader.loadBundled());
  }

  static Stream<Arguments> cases() {
    return CaseFile.cases("/renal/renal-cases.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheHandWorkedExample(String name, JsonNode c) {
    RenalRequest request =
        RenalRequest.of(CaseFile.jurisdiction(c), CaseFile.patient(c.get("patient")))
            .withEndStageRenalDisease(c.path("endStageRenalDisease").asBoolean(false));
    if (c.has("clearanceWeight")) {
      JsonNode w = c.get("clearanceWeight");
      request =
          request.withClearanceWeight(
              ClearanceWeight.of(
                  w.get("kg").asText(),
                  WeightKind.valueOf(w.get("kind").asText().toUpperCase(Locale.ROOT))));
    }
    JsonNode expect = c.get("expect");

    RenalAssessment assessment = assessor.assess(request);

    if (expect.has("missing")) {
      assertThat(assessment).isInstanceOf(RenalAssessment.NotAssessed.class);
      RenalAssessment.NotAssessed not = (RenalAssessment.NotAssessed) assessment;
      assertThat(not.missing()).containsExactlyElementsOf(CaseFile.texts(expect, "missing"));
      assertThat(not.kidneyDataGiven()).isEqualTo(expect.get("kidneyDataGiven").asBoolean());
      assertThat(not.reason()).contains(not.missing().get(0));
      assertThat(not.rules()).containsAll(CaseFile.texts(expect, "rules"));
      return;
    }
    assertThat(assessment).isInstanceOf(RenalAssessment.Assessed.class);
    RenalAssessment.Assessed assessed = (RenalAssessment.Assessed) assessment;
    CaseFile.decimal(expect, "clearance")
        .ifPresentOrElse(
            v -> assertThat(assessed.creatinineClearanceMlMin()).hasValue(v),
            () -> assertThat(assessed.creatinineClearanceMlMin()).isEmpty());
    if (expect.has("method")) {
      assertThat(assessed.clearance().orElseThrow().method().name())
          .isEqualToIgnoringCase(expect.get("method").asText());
    }
    if (expect.has("weightUsed")) {
      assertThat(assessed.clearance().orElseThrow().weightUsed().orElseThrow().describe())
          .isEqualTo(expect.get("weightUsed").asText());
      assertThat(assessed.clearance().orElseThrow().working())
          .contains(expect.get("weightUsed").asText());
    }
    assertThat(assessed.band().code()).isEqualTo(expect.get("band").asText());
    assertThat(assessed.suggestedMaxDailyMg())
        .isEqualByComparingTo(expect.get("suggestedMaxDailyMg").asText());
    if (expect.has("basis")) {
      assertThat(assessed.basis().name()).isEqualToIgnoringCase(expect.get("basis").asText());
    }
    assertThat(assessed.rules()).containsAll(CaseFile.texts(expect, "rules"));
    if (expect.path("noAlert").asBoolean(false)) {
      assertThat(assessed.alerts()).isEmpty();
      return;
    }
    assertThat(assessed.alerts()).extracting(Alert::code).containsExactly(AlertCode.RENAL_ADJUST);
    Alert alert = assessed.alerts().get(0);
    assertThat(alert.severity()).isEqualTo(Severity.WARNING);
    assertThat(alert.evidence()).containsEntry("level", expect.get("level").asText());
    assertThat(alert.evidence()).containsEntry("basis", assessed.basis().code());
    assertThat(alert.message()).doesNotContainIgnoringCase("FDA");
    if (assessed.basis() == org.tonus.core.knowledge.RenalBasis.LITERATURE) {
      assertThat(alert.message()).contains("literature").doesNotContainIgnoringCase("label");
    }
    assertThat(alert.sources()).isNotEmpty().isSubsetOf(assessed.sources());
  }
}
