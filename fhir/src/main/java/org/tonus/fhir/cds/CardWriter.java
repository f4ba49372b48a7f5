package org.tonus.fhir.cds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tonus.core.alert.Alert;
import org.tonus.core.alert.AlertCode;
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

  private static final List<Coding> OVERRIDE_REASONS =
      List.of(
          reason("benefit-outweighs-risk", "Benefit outweighs the risk for this patient"),
          reason("patient-tolerates", "Patient has tolerated this regimen"),
          reason("will-monitor", "Will monitor the patient closely"),
          reason("not-applicable", "Alert does not apply to this patient"));

  /** MD5 for the name-based card UUIDs; cloned per card, cheaper than a provider look-up. */
  private static final MessageDigest MD5 = md5();

  // Per knowledge pack and settings, prepared once: a hook call writes a card per alert.
  private final Map<String, String> sectionOfFact;
  private final Map<String, String> sourceLinks;
  private final CdsSettings settings;
  private final List<Link> links;

  CardWriter(Knowledge knowledge, CdsSettings settings) {
    this.settings = settings;
    Map<String, String> sections = new HashMap<>();
    knowledge.facts().forEach(f -> sections.put(f.id(), f.sectionId()));
    this.sectionOfFact = Map.copyOf(sections);
    Map<String, String> sources = new HashMap<>();
    knowledge
        .sources()
        .forEach(
            source ->
                sources.put(
                    source.id(),
                    source.urls().stream()
                        .findFirst()
                        .map(u -> "[" + source.id() + "](" + u + ")")
                        .orElse(source.id())));
    this.sourceLinks = Map.copyOf(sources);
    this.links =
        List.of(
            new Link(
                "Plan a baclofen titration with Tonus",
                settings.link("/api/plan/titrate"),
                "absolute",
                Optional.empty()));
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
        links);
  }

  /** "Baclofen: dose above the maximum. The daily total of 100 mg …", cut to 139 characters. */
  static String summary(String title, String message) {
    String sentence = firstSentence(message).trim();
    String whole = "Baclofen, " + title.toLowerCase(Locale.ROOT) + ": " + sentence;
    if (whole.length() <= SUMMARY_LIMIT) {
      return whole;
    }
    String cut = whole.substring(0, SUMMARY_LIMIT - 1);
    int space = cut.lastIndexOf(' ');
    return (space > SUMMARY_LIMIT / 2 ? cut.substring(0, space) : cut) + "…";
  }

  /**
   * The message up to the first white space after '.', ';' or ':' (what splitting at {@code
   * (?<=[.;:])\\s} keeps first), without a regular expression: a card is written per alert.
   */
  static String firstSentence(String message) {
    for (int i = 1; i < message.length(); i++) {
      char c = message.charAt(i);
      char before = message.charAt(i - 1);
      if ((before == '.' || before == ';' || before == ':') && isRegexSpace(c)) {
        return message.substring(0, i);
      }
    }
    return message;
  }

  /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS: [ \\t\\n\\x0B\\f\\r]. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
        markdown.append(i == 0 ? "" : ", ");
        markdown.append(sourceLinks.getOrDefault(id, id));
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
    String home = home(alert.code());
    String rules = alert.evidence().get("rules");
    if (rules == null) {
      return home;
    }
    String first = null;
    for (String rule : rules.split(",")) {
      String section = sectionOfFact.get(rule.trim());
      if (home.equals(section)) {
        return home;
      }
      if (first == null) {
        first = section;
      }
    }
    return first == null ? home : first;
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
    return nameUuid(key.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link UUID#nameUUIDFromBytes} (version 3, MD5), with the digest cloned, not looked up. */
  static UUID nameUuid(byte[] name) {
    MessageDigest md5;
    try {
      md5 = (MessageDigest) MD5.clone();
    } catch (CloneNotSupportedException e) {
      return UUID.nameUUIDFromBytes(name);
    }
    byte[] hash = md5.digest(name);
    hash[6] &= 0x0f;
    hash[6] |= 0x30;
    hash[8] &= 0x3f;
    hash[8] |= (byte) 0x80;
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (hash[i] & 0xff);
    }
    for (int i = 8; i < 16; i++) {
      lsb = (lsb << 8) | (hash[i] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  }

  private static Coding reason(String code, String display) {
    return new Coding(TonusCodes.OVERRIDE_REASON, code, Optional.of(display));
  }
}
