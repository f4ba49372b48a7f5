package org.tonus.core.sig;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fourth stage: turns a step draft into a {@link SigStep}. It settles form and route (written, else
 * from the step before, else implied by the brand's facts), then hands the dose to {@link
 * DoseResolver} and the frequency to {@link FrequencyResolver}. A refusal is recorded in the {@link
 * Reading}; {@link #resolve} then returns null. Stateless: one serves every parse.
 */
final class StepResolver {
  /** The Optionals of each form and route, made once (immutable). */
  private static final Map<DoseForm, Optional<DoseForm>> FORMS = optionals(DoseForm.class);

  private static final Map<AdministrationRoute, Optional<AdministrationRoute>> ROUTES =
      optionals(AdministrationRoute.class);

  private final DoseResolver doses = new DoseResolver();
  private final FrequencyResolver frequencies = new FrequencyResolver();

  private static <E extends Enum<E>> Map<E, Optional<E>> optionals(Class<E> type) {
    Map<E, Optional<E>> optionals = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      optionals.put(value, Optional.of(value));
    }
    return Collections.unmodifiableMap(optionals);
  }

  /** Resolves {@code d}; {@code previous} is the step before, or null. Null after refusing. */
  SigStep resolve(Resolution resolution, StepDraft d, SigStep previous) {
    if (d.stop()) {
      return SigStep.stopping();
    }
    DoseForm form = form(resolution, d, previous);
    AdministrationRoute route = resolution.r.failed() ? null : route(resolution, d, previous);
    DoseParts dose = resolution.r.failed() ? null : doses.dose(resolution, d, previous, form);
    Frequency frequency = dose == null ? null : frequencies.frequency(resolution, d, route, dose);
    if (frequency == null) {
      return null;
    }
    return new SigStep(
        Optional.ofNullable(dose.amount),
        Optional.ofNullable(dose.strength),
        Optional.ofNullable(dose.count),
        Optional.ofNullable(dose.volume),
        form == null ? Optional.empty() : FORMS.get(form),
        route == null ? Optional.empty() : ROUTES.get(route),
        Optional.of(frequency),
        d.asNeeded,
        Optional.ofNullable(d.durationDays),
        false);
  }

  private DoseForm form(Resolution resolution, StepDraft d, SigStep previous) {
    // Plain nulls rather than Optional.flatMap and lambdas: this runs for every step parsed.
    ProductCatalog.Brand brand = resolution.brand.orElse(null);
    DoseForm implied = brand == null ? null : brand.form().orElse(null);
    if (d.form != null) {
      if (implied == null || implied == d.form) {
        if (implied != null) {
          resolution.addRules(brand.brandFactIds());
        }
        return d.form;
      }
      if (d.form == DoseForm.ORAL_LIQUID && !implied.counted()) {
        resolution.addRules(brand.brandFactIds());
        return implied;
      }
      resolution.r.fail(
          "'"
              + resolution.quote(d.formSpan)
              + "' does not match "
              + resolution.brandWritten
              + ", "
              + implied.description(),
          d.formSpan.from(),
          d.formSpan.to());
      return null;
    }
    if (previous != null && previous.form().isPresent()) {
      return previous.form().get();
    }
    if (implied != null) {
      resolution.addRules(brand.brandFactIds());
    }
    return implied;
  }

  private AdministrationRoute route(Resolution resolution, StepDraft d, SigStep previous) {
    ProductCatalog.Brand brand = resolution.brand.orElse(null);
    AdministrationRoute implied = brand == null ? null : brand.route().orElse(null);
    if (d.route != null) {
      if (implied == d.route) {
        resolution.addRules(brand.brandFactIds());
      }
      return d.route;
    }
    if (previous != null && previous.route().isPresent()) {
      return previous.route().get();
    }
    if (implied != null) {
      resolution.addRules(brand.brandFactIds());
    }
    return implied;
  }
}
