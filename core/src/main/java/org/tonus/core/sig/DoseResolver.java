package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityRange;
import org.tonus.core.quantity.Unit;

/**
 * Works out the dose of one step exactly: count x strength for counted forms, mL x concentration
 * for liquids (the concentration as written, carried over, or the brand's only one in the
 * knowledge), or the amount as written. Refuses what does not add up; returns null after refusing.
 */
final class DoseResolver {
  DoseParts dose(Resolution resolution, StepDraft d, SigStep previous, DoseForm form) {
    DoseParts dose = new DoseParts();
    boolean written = !d.masses.isEmpty() || d.count != null || d.volume != null || d.rate != null;
    if (!written) {
      if (d.concentration != null) {
        return resolution.refused(
            "'" + resolution.quote(d.concentration.span()) + "' is a concentration, not a dose",
            d.concentration.span());
      }
      if (previous != null && !previous.stop() && (d.frequency != null || d.onceSpan != null)) {
        dose.amount = previous.dose().orElse(null);
        dose.strength = previous.strength().orElse(null);
        dose.count = previous.count().orElse(null);
        dose.volume = previous.volume().orElse(null);
        return dose;
      }
      return resolution.refused("no dose" + resolution.where(d), d.span);
    }
    if (d.rate != null) {
      if (!d.masses.isEmpty() || d.count != null || d.volume != null) {
        Span other =
            !d.masses.isEmpty()
                ? d.masses.get(0).span()
                : d.count != null ? d.count.span() : d.volume.span();
        Span rate = d.rate.span();
        AmountReader.twoDoses(
            resolution.r,
            other.from() < rate.from() ? other : rate,
            other.from() < rate.from() ? rate : other);
        return null;
      }
      if (d.concentration != null) {
        dose.strength = concentration(resolution, d, null);
        if (resolution.r.failed()) {
          return null;
        }
      }
      return dose;
    }
    Strength inherited = previous == null ? null : previous.strength().orElse(null);
    if (d.count != null) {
      return counted(resolution, d, form, inherited, dose);
    }
    if (d.volume != null) {
      return measured(resolution, d, form, inherited, dose);
    }
    return massOnly(resolution, d, inherited, dose);
  }

  private DoseParts counted(
      Resolution resolution, StepDraft d, DoseForm form, Strength inherited, DoseParts dose) {
    StepDraft.Count count = d.count;
    if (d.concentration != null) {
      return resolution.refused(
          "'" + resolution.quote(d.concentration.span()) + "' does not fit a count of units",
          d.concentration.span());
    }
    if (d.volume != null) {
      AmountReader.twoDoses(resolution.r, count.span(), d.volume.span());
      return null;
    }
    BigDecimal low = count.low();
    BigDecimal high = count.high();
    if (low == null) {
      if (count.strength() == null && (form == null || !form.counted())) {
        return resolution.refused("no unit after " + resolution.quote(count.span()), count.span());
      }
      BigDecimal[] ends =
          AmountReader.countEnds(
              resolution.r, count.span().from(), count.span().to() - 1, count.span());
      if (ends == null) {
        return null;
      }
      low = ends[0];
      high = ends[1];
    }
    dose.count = new UnitCount(low, high);
    StepDraft.Mass before = null;
    StepDraft.Mass after = null;
    for (StepDraft.Mass mass : d.masses) {
      boolean isBefore = mass.span().from() < count.span().from();
      boolean restated =
          isBefore
              && count.strength() != null
              && mass.amount().low().equals(count.strength())
              && mass.amount().high().equals(count.strength());
      if (isBefore && (before != null || (count.strength() != null && !restated))) {
        return twoStrengths(resolution, before != null ? before.span() : count.span(), mass.span());
      }
      if (!isBefore && after != null) {
        AmountReader.twoDoses(resolution.r, after.span(), mass.span());
        return null;
      }
      if (isBefore) {
        before = mass;
      } else {
        after = mass;
      }
    }
    Quantity strength = count.strength();
    if (strength == null && before != null) {
      if (!Resolution.isSingle(before.amount())) {
        return resolution.refused(
            "a strength is one amount, not '" + resolution.quote(before.span()) + "'",
            before.span());
      }
      strength = before.amount().low();
    }
    if (strength == null
        && inherited != null
        && !inherited.isConcentration()
        && (after == null || Resolution.sameDimension(inherited.amount(), after.amount().low()))) {
      strength = inherited.amount();
    }
    if (strength != null) {
      dose.strength = Strength.of(strength);
      DoseAmount computed = DoseAmount.of(strength).times(low, high);
      if (after != null && !Resolution.sameDoses(computed, after.amount())) {
        Span where =
            Span.of(
                Math.min(count.span().from(), after.span().from()),
                Math.max(count.span().to(), after.span().to()));
        return resolution.refused(
            "'"
                + resolution.quote(count.span())
                + "' of "
                + strength
                + " is "
                + computed
                + ", not '"
                + resolution.quote(after.span())
                + "'",
            where);
      }
      dose.amount = computed;
      return dose;
    }
    if (after != null) {
      QuantityRange stated = after.amount();
      dose.amount = new DoseAmount(stated.low(), stated.high());
      if (!dose.count.isRange() && !dose.amount.isRange()) {
        dose.strength =
            Decimals.divideExactly(stated.low().amount(), low)
                .map(each -> Strength.of(new Quantity(each, stated.unit())))
                .orElse(null);
      }
    }
    return dose;
  }

  private DoseParts measured(
      Resolution resolution, StepDraft d, DoseForm form, Strength inherited, DoseParts dose) {
    Span volumeSpan = d.volume.span();
    if (form != null && form.counted()) {
      return resolution.refused(
          "'"
              + resolution.quote(volumeSpan)
              + "' of "
              + form.description()
              + ": it is counted, not measured in mL",
          volumeSpan);
    }
    if (d.masses.size() > 1) {
      AmountReader.twoDoses(resolution.r, d.masses.get(0).span(), d.masses.get(1).span());
      return null;
    }
    dose.volume = d.volume.amount();
    Strength concentration = concentration(resolution, d, inherited);
    if (resolution.r.failed()) {
      return null;
    }
    dose.strength = concentration;
    DoseAmount computed = null;
    if (concentration != null) {
      Unit mass = concentration.amount().unit() == Unit.MCG_PER_ML ? Unit.MCG : Unit.MG;
      BigDecimal perMl = concentration.amount().amount();
      computed =
          new DoseAmount(
              new Quantity(dose.volume.low().amount().multiply(perMl), mass),
              new Quantity(dose.volume.high().amount().multiply(perMl), mass));
    }
    if (!d.masses.isEmpty()) {
      StepDraft.Mass stated = d.masses.get(0);
      if (computed != null && !Resolution.sameDoses(computed, stated.amount())) {
        Span where =
            Span.of(
                Math.min(volumeSpan.from(), stated.span().from()),
                Math.max(volumeSpan.to(), stated.span().to()));
        return resolution.refused(
            "'"
                + resolution.quote(volumeSpan)
                + "' of "
                + concentration.amount()
                + " is "
                + computed
                + ", not '"
                + resolution.quote(stated.span())
                + "'",
            where);
      }
      dose.amount = new DoseAmount(stated.amount().low(), stated.amount().high());
      return dose;
    }
    dose.amount = computed;
    return dose;
  }

  /**
   * The concentration of a liquid: as written (checked against the brand's products), else the step
   * before's, else the brand's only one. Null when none is known: never guessed. Null also after
   * refusing a concentration the brand does not come in.
   */
  private Strength concentration(Resolution resolution, StepDraft d, Strength inherited) {
    if (d.concentration != null) {
      Quantity written = d.concentration.amount().low();
      if (resolution.brand.isPresent() && !resolution.brand.get().concentrations().isEmpty()) {
        Optional<ProductCatalog.Concentration> product = resolution.brand.get().matching(written);
        if (product.isEmpty()) {
          resolution.refused(
              "'"
                  + resolution.quote(d.concentration.span())
                  + "' is not a concentration of "
                  + resolution.brandWritten,
              d.concentration.span());
          return null;
        }
        resolution.addRules(List.of(product.get().factId()));
        return new Strength(product.get().perMl(), Optional.of(product.get().factId()));
      }
      return Strength.of(written);
    }
    if (inherited != null && inherited.isConcentration()) {
      return inherited;
    }
    return onlyConcentration(resolution, resolution.brand);
  }

  /** The brand's only concentration, citing its product fact; null when it has none or several. */
  private static Strength onlyConcentration(
      Resolution resolution, Optional<ProductCatalog.Brand> brand) {
    Optional<ProductCatalog.Concentration> only =
        brand.flatMap(ProductCatalog.Brand::onlyConcentration);
    only.ifPresent(c -> resolution.addRules(List.of(c.factId())));
    return only.map(c -> new Strength(c.perMl(), Optional.of(c.factId()))).orElse(null);
  }

  private DoseParts massOnly(
      Resolution resolution, StepDraft d, Strength inherited, DoseParts dose) {
    if (d.masses.size() > 2
        || (d.masses.size() == 2
            && (!d.masses.get(0).productMention() || d.masses.get(1).productMention()))) {
      AmountReader.twoDoses(resolution.r, d.masses.get(0).span(), d.masses.get(1).span());
      return null;
    }
    StepDraft.Mass doseMass = d.masses.get(d.masses.size() - 1);
    StepDraft.Mass strengthMass = d.masses.size() == 2 ? d.masses.get(0) : doseMass;
    dose.amount = new DoseAmount(doseMass.amount().low(), doseMass.amount().high());
    boolean singleStrength = Resolution.isSingle(strengthMass.amount());
    if (d.masses.size() == 2 && !singleStrength) {
      return resolution.refused(
          "a strength is one amount, not '" + resolution.quote(strengthMass.span()) + "'",
          strengthMass.span());
    }
    if (strengthMass.productMention() && d.concentration != null) {
      return twoStrengths(resolution, strengthMass.span(), d.concentration.span());
    }
    if (strengthMass.productMention() && singleStrength) {
      dose.strength = Strength.of(strengthMass.amount().low());
    } else if (d.concentration != null) {
      dose.strength = concentration(resolution, d, inherited);
      if (resolution.r.failed()) {
        return null;
      }
    } else if (inherited != null) {
      dose.strength = inherited;
    } else {
      dose.strength = oralLiquidConcentration(resolution);
    }
    return dose;
  }

  /**
   * A dose in mg of a brand that is only an oral liquid of one concentration ("Fleqsuvy 20 mg")
   * names that liquid, so the concentration is the brand's, as for a volume; null otherwise.
   */
  private static Strength oralLiquidConcentration(Resolution resolution) {
    return onlyConcentration(
        resolution,
        resolution
            .brand
            .filter(b -> b.route().equals(Optional.of(AdministrationRoute.ORAL)))
            .filter(b -> b.form().filter(f -> !f.counted()).isPresent()));
  }

  private DoseParts twoStrengths(Resolution resolution, Span one, Span other) {
    Span first = one.from() <= other.from() ? one : other;
    Span second = first == one ? other : one;
    return resolution.refused(
        "two strengths: '" + resolution.quote(first) + "' and '" + resolution.quote(second) + "'",
        Span.of(first.from(), second.to()));
  }
}
