package org.tonus.fhir.cds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CDS Hooks 2.0 response: the cards (an empty list when there is nothing to say). The nested
 * records follow the specification's names; absent optional parts are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record CdsResponse(List<Card> cards) {
  public CdsResponse {
    cards = List.copyOf(cards);
  }

  public static CdsResponse none() {
    return new CdsResponse(List.of());
  }

  /**
   * One card. Invariant: summary under 140 characters; indicator info, warning or critical;
   * selectionBehavior present exactly when there are suggestions.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record Card(
      String uuid,
      String summary,
      Optional<String> detail,
      String indicator,
      Source source,
      List<Suggestion> suggestions,
      Optional<String> selectionBehavior,
      List<Coding> overrideReasons,
      List<Link> links) {
    public Card {
      Objects.requireNonNull(uuid, "uuid");
      if (summary == null || summary.isBlank() || summary.length() >= 140) {
        throw new IllegalArgumentException(
            "a card summary has 1 to 139 characters, not: " + summary);
      }
      if (!List.of("info", "warning", "critical").contains(indicator)) {
        throw new IllegalArgumentException(
            "indicator " + indicator + " is not info|warning|critical");
      }
      Objects.requireNonNull(source, "source");
      suggestions = List.copyOf(suggestions);
      overrideReasons = List.copyOf(overrideReasons);
      links = List.copyOf(links);
      if (suggestions.isEmpty() == selectionBehavior.isPresent()) {
        throw new IllegalArgumentException(
            "selectionBehavior goes with suggestions, and only them");
      }
    }
  }

  /** Where the card's advice comes from, with a link to read more and a topic code. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record Source(String label, Optional<String> url, Optional<Coding> topic) {}

  /** A code as CDS Hooks writes one (topic, override reasons). */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record Coding(String system, String code, Optional<String> display) {}

  /** A proposed change the clinician may accept, made of FHIR actions. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record Suggestion(
      String label,
      String uuid,
      @JsonProperty("isRecommended") boolean recommended,
      List<Action> actions) {
    public Suggestion {
      actions = List.copyOf(actions);
      if (actions.isEmpty()) {
        throw new IllegalArgumentException("a suggestion needs at least one action");
      }
    }
  }

  /**
   * One FHIR change: {@code create} or {@code update} with the resource, {@code delete} with the
   * resource ids ({@code MedicationRequest/draft-1}).
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record Action(
      String type,
      String description,
      Optional<JsonNode> resource,
      Optional<List<String>> resourceId) {
    public Action {
      if (!List.of("create", "update", "delete").contains(type)) {
        throw new IllegalArgumentException("action type " + type + " is not create|update|delete");
      }
    }
  }

  /** A link to an app or page: {@code absolute} (a page) or {@code smart} (a SMART app launch). */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record Link(String label, String url, String type, Optional<String> appContext) {}
}
