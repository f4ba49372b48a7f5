package org.tonus.fhir.cds;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.monograph.Monograph;
import org.tonus.fhir.TonusCodes;
import org.tonus.fhir.cds.CdsResponse.Card;
import org.tonus.fhir.cds.CdsResponse.Coding;
import org.tonus.fhir.cds.CdsResponse.Link;
import org.tonus.fhir.cds.CdsResponse.Source;
import org.tonus.fhir.cds.CdsResponse.Suggestion;

/**
 * One card per alert: a short summary, the message and its evidence numbers in markdown, the
 * indicator from the severity, a link to the monograph section the alert's first rule belongs to,
 * the suggestions, coded override reasons and a link to the titration planner.
 */
final class CardWriter {
  static final int SUMMARY_LIMIT = 139;
  private static final String DEFAULT_SECTION = "dosing";
  // compiled once: a card is written per alert on every hook call
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("(?<=[.;:])\\s");

  private static final List<Coding> OVERRIDE_REASONS =
      List.of(
          reason("benefit-outweighs-risk", "Benefit outweighs the risk for this patient"),
          reason("patient-tolerates", "Patient has tolerated this regimen"),
          reason("will-monitor", "Will monitor the patient closely"),
          reason("not-applicable", "Alert does not apply to this patient"));

  private final Knowledge knowledge;
  private final CdsSettings settings;

  CardWriter(Knowledge knowledge, CdsSettings settings) {
    this.knowledge = knowledge;
    this.settings = settings;
  }

  Card card(Alert alert, String hookInstance, String orderReference, List<Suggestion> suggestions) {
    String title = title(alert.code());
    return new Card(
        uuid(hookInstance, orderReference, alert).toString(),
        summary(title, alert.message()),
        Optional.of(detail(alert)),
        alert.severity().word(),
        new Source(
            "Tonus baclofen monograph",
            Optional.of(settings.link("/api/monograph#" + section(alert))),
            Optional.of(
                new Coding(TonusCodes.ALERT_CODE, alert.code().name(), Optional.of(title)))),
        suggestions,
        suggestions.isEmpty() ? Optional.empty() : Optional.of("at-most-one"),
        OVERRIDE_REASONS,
        List.of(
            new Link(
                "Plan a baclofen titration with Tonus",
                settings.link("/api/plan/titrate"),
                "absolute",
                Optional.empty())));
  }

  /** "Baclofen: dose above the maximum. The daily total of 100 mg …", cut to 139 characters. */
  static String summary(String title, String message) {
    String sentence = SENTENCE_END.split(message, 2)[0].trim();
    String whole = "Baclofen, " + title.toLowerCase(Locale.ROOT) + ": " + sentence;
    if (whole.length() <= SUMMARY_LIMIT) {
      return whole;
    }
    String cut = whole.substring(0, SUMMARY_LIMIT - 1);
    int space = cut.lastIndexOf(' ');
    return (space > SUMMARY_LIMIT / 2 ? cut.substring(0, space) : cut) + "…";
  }

  static String title(AlertCode code) {
    return switch (code) {
      case DOSE_ABOVE_MAX -> "Dose above the maximum";
      case TITRATION_TOO_FAST -> "Titration too fast";
      case FREQUENCY_UNUSUAL -> "Unusual frequency";
      case UNIT_ERROR -> "Unit error";
      case ROUTE_ERROR -> "Route error";
      case RENAL_ADJUST -> "Kidney function";
      case PEDIATRIC_LIMIT -> "Child dosing limit";
      case PREGNANCY_LACTATION -> "Pregnancy or breastfeeding";
      case CONTRAINDICATION -> "Contraindication";
      case CAUTION -> "Caution";
      case OFF_LABEL -> "Off-label use";
      case INTERACTION -> "Interaction";
      case DUPLICATE_THERAPY -> "Duplicate therapy";
      case ABRUPT_STOP_RISK -> "Abrupt stop";
      case INVALID_ORDER -> "Order cannot be read";
      case SEEK_CARE_NOW -> "Seek care now";
      case OVERDOSE_SIGNS -> "Overdose signs";
      case WITHDRAWAL_SIGNS -> "Withdrawal signs";
    };
  }

  private String detail(Alert alert) {
    StringBuilder markdown = new StringBuilder(escape(alert.message())).append("\n\n");
    if (!alert.evidence().isEmpty()) {
      markdown.append("| Evidence | Value |\n|---|---|\n");
      for (Map.Entry<String, String> item : alert.evidence().entrySet()) {
        markdown
            .append("| ")
            .append(escape(item.getKey()))
            .append(" | ")
            .append(escape(item.getValue()))
            .append(" |\n");
      }
      markdown.append('\n');
    }
    if (!alert.sources().isEmpty()) {
      markdown.append("Sources: ");
      for (int i = 0; i < alert.sources().size(); i++) {
        String id = alert.sources().get(i);
        Optional<String> url = knowledge.source(id).flatMap(s -> s.urls().stream().findFirst());
        markdown.append(i == 0 ? "" : ", ");
        markdown.append(url.map(u -> "[" + id + "](" + u + ")").orElse(id));
      }
      markdown.append("\n\n");
    }
    return markdown.append('*').append(Monograph.DISCLAIMER).append('*').toString();
  }

  /**
   * The monograph section where the reader finds the reasoning: among the sections of the alert's
   * rules, the one that is the code's home (dosing for a dose above the maximum), else the first.
   */
  private String section(Alert alert) {
    List<String> sections =
        Optional.ofNullable(alert.evidence().get("rules")).stream()
            .flatMap(rules -> java.util.Arrays.stream(rules.split(",")))
            .map(String::trim)
            .flatMap(id -> knowledge.fact(id).stream())
            .map(Fact::sectionId)
            .distinct()
            .toList();
    String home = home(alert.code());
    return sections.contains(home) ? home : sections.stream().findFirst().orElse(home);
  }

  private static String home(AlertCode code) {
    return switch (code) {
      case RENAL_ADJUST -> "renal";
      case PEDIATRIC_LIMIT -> "children";
      case PREGNANCY_LACTATION -> "pregnancy";
      case CONTRAINDICATION -> "contraindications";
      case CAUTION -> "cautions";
      case OFF_LABEL -> "indications";
      case INTERACTION, DUPLICATE_THERAPY -> "interactions";
      case ABRUPT_STOP_RISK, WITHDRAWAL_SIGNS -> "withdrawal";
      case OVERDOSE_SIGNS -> "overdose";
      case SEEK_CARE_NOW -> "seek-care";
      case UNIT_ERROR, ROUTE_ERROR -> "administration";
      default -> DEFAULT_SECTION;
    };
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static UUID uuid(String hookInstance, String orderReference, Alert alert) {
    String key =
        hookInstance
            + "|"
            + orderReference
            + "|"
            + alert.code()
            + "|"
            + alert.evidence().getOrDefault("about", alert.message());
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  private static Coding reason(String code, String display) {
    return new Coding(TonusCodes.OVERRIDE_REASON, code, Optional.of(display));
  }
}
