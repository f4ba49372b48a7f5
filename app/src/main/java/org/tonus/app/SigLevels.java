package org.tonus.app;

import java.util.ArrayList;
import java.util.List;
import org.tonus.app.request.BadRequestException;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.plan.DoseLevel;
import org.tonus.core.plan.ProposedTaper;
import org.tonus.core.quantity.Dimension;
import org.tonus.core.quantity.Unit;
import org.tonus.core.sig.FrequencyPattern;
import org.tonus.core.sig.Parsed;
import org.tonus.core.sig.Refused;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigParse;
import org.tonus.core.sig.SigParser;
import org.tonus.core.sig.SigStep;

/**
 * Reads the oral baclofen regimens a taper starts from and the tapers prescribers propose, from
 * sigs. Only what is certain is accepted: one dose in mg (not a range), a fixed number of doses a
 * day; anything else is a bad request naming the sig and what is missing.
 */
final class SigLevels {
  private final SigParser parser;

  SigLevels(Knowledge knowledge, Jurisdiction jurisdiction) {
    this.parser = new SigParser(knowledge, jurisdiction);
  }

  /** "baclofen 20 mg po tid" → 3 doses a day of 20 mg. */
  DoseLevel current(String field, String text) {
    Sig sig = parse(field, text);
    return level(field, text, sig.firstStep());
  }

  /** "10 mg tds for 2 days then stop" → 2 days of 3 x 10 mg, then the stop; "stop" → stop now. */
  ProposedTaper proposal(String field, String text) {
    Sig sig = parse(field, text);
    List<ProposedTaper.Step> steps = new ArrayList<>();
    for (SigStep step : sig.steps()) {
      if (step.stop()) {
        return new ProposedTaper(steps);
      }
      int days =
          step.durationDays()
              .orElseThrow(
                  () ->
                      new BadRequestException(
                          field
                              + " '"
                              + text
                              + "': every step before the stop needs a number of days"));
      steps.add(new ProposedTaper.Step(level(field, text, step), days));
    }
    throw new BadRequestException(
        field + " '" + text + "' never stops; a taper proposal ends with 'then stop'");
  }

  private Sig parse(String field, String text) {
    SigParse parse = parser.parse(text);
    if (parse instanceof Refused refused) {
      throw new BadRequestException(field + " '" + text + "': " + refused.message());
    }
    Sig sig = ((Parsed) parse).sig();
    if (sig.drug().isPresent() && !sig.isBaclofen()) {
      throw new BadRequestException(field + " '" + text + "' is not a baclofen order");
    }
    return sig;
  }

  private static DoseLevel level(String field, String text, SigStep step) {
    if (step.stop()) {
      return DoseLevel.NONE;
    }
    var dose =
        step.dose()
            .filter(d -> !d.isRange() && d.high().dimension() == Dimension.MASS)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        field + " '" + text + "' gives no single dose in mg to taper from"));
    var frequency =
        step.frequency()
            .filter(f -> f.pattern() == FrequencyPattern.REGULAR && !step.asNeeded())
            .filter(f -> f.timesPerDay().low() == f.timesPerDay().high())
            .orElseThrow(
                () ->
                    new BadRequestException(
                        field + " '" + text + "' gives no fixed number of doses a day"));
    return new DoseLevel(frequency.timesPerDay().high(), dose.high().to(Unit.MG).amount());
  }
}
