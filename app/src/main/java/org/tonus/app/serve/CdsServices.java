package org.tonus.app.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CDS services this server offers, in discovery order; ids are unique. {@link #tonus()} is
 * Tonus's pair for baclofen orders: {@code tonus-order-select} and {@code tonus-order-sign}.
 */
public record CdsServices(List<CdsService> services) {
  public CdsServices {
    services = List.copyOf(services);
    if (services.stream().map(CdsService::id).distinct().count() != services.size()) {
      throw new IllegalArgumentException("CDS service ids must be unique");
    }
  }

  public Optional<CdsService> find(String id) {
    return services.stream().filter(service -> service.id().equals(id)).findFirst();
  }

  /** The two order hooks, each prefetching what the baclofen check reads. */
  public static CdsServices tonus() {
    Map<String, String> prefetch = new LinkedHashMap<>();
    prefetch.put("patient", "Patient/{{context.patientId}}");
    prefetch.put("conditions", "Condition?patient={{context.patientId}}&clinical-status=active");
    prefetch.put("medications", "MedicationRequest?patient={{context.patientId}}&status=active");
    prefetch.put(
        "allergies", "AllergyIntolerance?patient={{context.patientId}}&clinical-status=active");
    prefetch.put(
        "serumCreatinine",
        "Observation?patient={{context.patientId}}&code=http://loinc.org|2160-0"
            + "&_sort=-date&_count=1");
    prefetch.put(
        "bodyWeight",
        "Observation?patient={{context.patientId}}&code=http://loinc.org|29463-7"
            + "&_sort=-date&_count=1");
    return new CdsServices(
        List.of(
            new CdsService(
                "order-select",
                "tonus-order-select",
                "Tonus baclofen order check (order select)",
                "Checks a baclofen order as it is chosen: dose and daily total, titration speed,"
                    + " frequency, units and route, kidneys, age, pregnancy, conditions, allergies,"
                    + " interactions, duplicates and abrupt stops.",
                prefetch),
            new CdsService(
                "order-sign",
                "tonus-order-sign",
                "Tonus baclofen order check (order sign)",
                "Checks baclofen orders before they are signed, with the same checks as order"
                    + " select, and suggests the capped dose or a taper where one exists.",
                prefetch)));
  }
}
