package org.tonus.fhir.cds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery document ({@code GET /cds-services}): Tonus's two order services, {@code
 * tonus-order-select} for hook {@code order-select} and {@code tonus-order-sign} for {@code
 * order-sign}, each with the prefetch templates of {@link Prefetch}.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record CdsServices(List<Service> services) {
  public static final String ORDER_SELECT_ID = "tonus-order-select";
  public static final String ORDER_SIGN_ID = "tonus-order-sign";

  public CdsServices {
    services = List.copyOf(services);
  }

  /** One service as discovery describes it. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record Service(
      String hook, String title, String description, String id, Map<String, String> prefetch) {
    public Service {
      prefetch = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(prefetch));
    }
  }

  /** Tonus's services. */
  public static CdsServices discovery() {
    return new CdsServices(
        List.of(
            new Service(
                "order-select",
                "Tonus baclofen order check",
                "Checks a baclofen order as it is selected: dose against the maximum, titration,"
                    + " frequency, kidneys, age, pregnancy, conditions, interactions, duplicates and"
                    + " abrupt stops, with sources.",
                ORDER_SELECT_ID,
                Prefetch.TEMPLATES),
            new Service(
                "order-sign",
                "Tonus baclofen order check at signing",
                "Checks baclofen orders before they are signed and suggests a capped dose or a"
                    + " taper where one applies.",
                ORDER_SIGN_ID,
                Prefetch.TEMPLATES)));
  }

  /** The hook a service id answers, if Tonus has that service. */
  public static java.util.Optional<String> hookOf(String serviceId) {
    return discovery().services().stream()
        .filter(s -> s.id().equals(serviceId))
        .map(Service::hook)
        .findFirst();
  }
}
