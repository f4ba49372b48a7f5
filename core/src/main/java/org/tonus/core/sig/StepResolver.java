package org.tonus.core.sig;

import java.util.Optional;

/**
 * Fourth stage: turns a step draft into a {@link SigStep}. It settles form and route (written, else
 * from the step before, else implied by the brand's facts), then hands the dose to {@link
 * DoseResolver} and the frequency to {@link FrequencyResolver}. A refusal is recorded in the {@link
 * Reading}; {@link #resolve} then returns null.
 */
final class StepResolver {
  private final Resolution resolution;
  private final DoseResolver doses;
  private final FrequencyResolver frequencies;

  StepResolver(Resolution resolution) {
    this.resolution = resolution;
    this.doses = new DoseResolver(resolution);
    this.frequencies = new FrequencyResolver(resolution);
  }

  /** Resolves {@code d}; {@code previous} is the step before, or null. Null after refusing. */
  SigStep resolve(StepDraft d, SigStep previous) {
    if (d.stop()) {
      return SigStep.stopping();
    }
    DoseForm form = form(d, previous);
    AdministrationRoute route = resolution.r.failed() ? null : route(d, previous);
    DoseParts dose = resolution.r.failed() ? null : doses.dose(d, previous, form);
    Frequency frequency = dose == null ? null : frequencies.frequency(d, route, dose);
    if (frequency == null) {
      return null;
    }
    return new SigStep(
        Optional.ofNullable(dose.amount),
        Optional.ofNullable(dose.strength),
        Optional.ofNullable(dose.count),
        Optional.ofNullable(dose.volume),
        Optional.ofNullable(form),
        Optional.ofNullable(route),
        Optional.of(frequency),
        d.asNeeded,
        Optional.ofNullable(d.durationDays),
        false);
  }

  private DoseForm form(StepDraft d, SigStep previous) {
    Optional<DoseForm> implied = resolution.brand.flatMap(ProductCatalog.Brand::form);
    if (d.form != null) {
      if (implied.isEmpty() || implied.get() == d.form) {
        implied.ifPresent(f -> resolution.addRules(resolution.brand.get().brandFactIds()));
        return d.form;
      }
      if (d.form == DoseForm.ORAL_LIQUID && !implied.get().counted()) {
        resolution.addRules(resolution.brand.get().brandFactIds());
        return implied.get();
      }
      resolution.r.fail(
          "'"
              + resolution.quote(d.formSpan)
              + "' does not match "
              + resolution.brandWritten
              + ", "
              + implied.get().description(),
          d.formSpan.from(),
          d.formSpan.to());
      return null;
    }
    if (previous != null && previous.form().isPresent()) {
      return previous.form().get();
    }
    implied.ifPresent(f -> resolution.addRules(resolution.brand.get().brandFactIds()));
    return implied.orElse(null);
  }

  private AdministrationRoute route(StepDraft d, SigStep previous) {
    Optional<AdministrationRoute> implied = resolution.brand.flatMap(ProductCatalog.Brand::route);
    if (d.route != null) {
      if (implied.filter(d.route::equals).isPresent()) {
        resolution.addRules(resolution.brand.get().brandFactIds());
      }
      return d.route;
    }
    if (previous != null && previous.route().isPresent()) {
      return previous.route().get();
    }
    implied.ifPresent(route -> resolution.addRules(resolution.brand.get().brandFactIds()));
    return implied.orElse(null);
  }
}
