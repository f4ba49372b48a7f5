package org.tonus.app.serve;

import java.util.List;
import java.util.Optional;

/**
 * The CDS services this server offers, in discovery order; ids are unique. {@link #tonus()} is
 * Tonus's pair for baclofen orders, {@code tonus-order-select} and {@code tonus-order-sign}, as
 * module fhir's {@link org.tonus.fhir.cds.CdsServices#discovery()} defines them.
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

  /**
   * Module fhir's discovery document (the one source of service ids, hooks and prefetch templates)
   * as this server lists and routes it.
   */
  public static CdsServices tonus() {
    return new CdsServices(
        org.tonus.fhir.cds.CdsServices.discovery().services().stream()
            .map(
                service ->
                    new CdsService(
                        service.hook(),
                        service.id(),
                        service.title(),
                        service.description(),
                        service.prefetch()))
            .toList());
  }
}
