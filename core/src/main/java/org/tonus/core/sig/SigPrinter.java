package org.tonus.core.sig;

import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.IntRange;

/**
 * Writes a {@link Sig} in the parser's canonical words ("baclofen 10 mg tab po tid, then …"), so
 * that parsing the text gives an equal structure. Each step writes its dose in full; strength, form
 * and route are written when they differ from the step before (the parser carries them over). A
 * step of form {@link DoseForm#OTHER} has no words and is not round-tripped.
 */
public final class SigPrinter {
  private SigPrinter() {}

  public static String print(Sig sig) {
    StringBuilder out = new StringBuilder(64);
    head(sig, out);
    List<SigStep> steps = sig.steps();
    SigStep previous = null;
    for (int i = 0; i < steps.size(); i++) {
      SigStep step = steps.get(i);
      if (sig.verb() == OrderVerb.STOP && step.stop()) {
        break;
      }
      if (i > 0) {
        out.append(", then");
      }
      step(step, previous, out);
      previous = step;
    }
    sig.indication().ifPresent(text -> word(out, "for " + text));
    if (sig.food() != FoodAdvice.NOT_STATED) {
      word(out, sig.food().words());
    }
    return out.toString().trim();
  }

  private static void head(Sig sig, StringBuilder out) {
    Optional<String> drug = sig.brand().or(() -> sig.drug().map(Drug::name));
    OrderVerb verb = sig.verb();
    if (verb != OrderVerb.NEW) {
      word(out, verb.word());
    }
    drug.ifPresent(name -> word(out, name));
    if (verb.takesTo()) {
      word(out, "to");
    }
  }

  private static void step(SigStep step, SigStep previous, StringBuilder out) {
    if (step.stop()) {
      word(out, "stop");
      return;
    }
    Optional<Strength> inherited = previous == null ? Optional.empty() : previous.strength();
    Optional<DoseForm> inheritedForm = previous == null ? Optional.empty() : previous.form();
    if (step.count().isPresent()) {
      counted(step, out);
    } else if (step.volume().isPresent()) {
      writeFormIfNew(step, inheritedForm, out);
      step.strength().ifPresent(s -> word(out, s.amount().toString()));
      if (step.strength().isEmpty()) {
        step.dose().ifPresent(d -> word(out, d.toString()));
      }
      word(out, step.volume().get().toString());
    } else {
      massed(step, inherited, inheritedForm, out);
    }
    if (step.route().isPresent() && (previous == null || !step.route().equals(previous.route()))) {
      word(out, step.route().get().word());
    }
    step.frequency().ifPresent(frequency -> frequency(frequency, step.asNeeded(), out));
    step.durationDays().ifPresent(days -> word(out, "x " + days + " days"));
  }

  private static void counted(SigStep step, StringBuilder out) {
    UnitCount count = step.count().get();
    word(out, count.toString());
    Optional<Strength> strength = step.strength().filter(s -> !s.isConcentration());
    strength.ifPresent(s -> word(out, "x " + s.amount()));
    step.form().filter(DoseForm::counted).ifPresent(form -> word(out, form.word()));
    if (strength.isEmpty()) {
      step.dose().ifPresent(dose -> word(out, dose.toString()));
    }
  }

  private static void massed(
      SigStep step,
      Optional<Strength> inherited,
      Optional<DoseForm> inheritedForm,
      StringBuilder out) {
    DoseAmount dose = step.dose().orElseThrow();
    boolean continuous =
        step.frequency().filter(f -> f.pattern() == FrequencyPattern.CONTINUOUS).isPresent();
    Optional<Strength> strength = step.strength();
    boolean counted = step.form().filter(DoseForm::counted).isPresent();
    if (strength.isPresent() && strength.get().isConcentration()) {
      writeFormIfNew(step, inheritedForm, out);
      if (!strength.equals(inherited) || continuous) {
        word(out, strength.get().amount().toString());
      }
    } else if (strength.isPresent() && counted && !strength.equals(inherited)) {
      Strength each = strength.get();
      word(out, each.amount() + " " + step.form().get().word());
      if (each.amount().equals(dose.low()) && !dose.isRange()) {
        return;
      }
    } else {
      writeFormIfNew(step, inheritedForm, out);
    }
    word(out, continuous ? dose + "/day" : dose.toString());
  }

  private static void writeFormIfNew(
      SigStep step, Optional<DoseForm> inheritedForm, StringBuilder out) {
    step.form()
        .filter(form -> form != DoseForm.OTHER && !step.form().equals(inheritedForm))
        .ifPresent(form -> word(out, form.word()));
  }

  private static void frequency(Frequency frequency, boolean asNeeded, StringBuilder out) {
    switch (frequency.pattern()) {
      case ONCE -> word(out, "once");
      case CONTINUOUS -> word(out, "continuous");
      case REGULAR -> regular(frequency, out);
    }
    if (asNeeded) {
      word(out, "prn");
    }
    frequency.maxDosesPerDay().ifPresent(max -> word(out, "max " + max + " doses/day"));
    frequency.maxDailyAmount().ifPresent(max -> word(out, "max " + max + "/day"));
  }

  private static void regular(Frequency frequency, StringBuilder out) {
    if (frequency.intervalHours().isPresent()) {
      IntRange hours = frequency.intervalHours().get();
      word(out, "q" + hours + "h");
      return;
    }
    if (frequency.timeOfDay().isPresent()) {
      word(out, frequency.timeOfDay().get().words());
      return;
    }
    IntRange times = frequency.timesPerDay();
    if (times.low() != times.high()) {
      word(out, times + " times a day");
      return;
    }
    word(
        out,
        switch (times.low()) {
          case 1 -> "daily";
          case 2 -> "bid";
          case 3 -> "tid";
          case 4 -> "qid";
          default -> times.low() + " times a day";
        });
  }

  private static void word(StringBuilder out, String word) {
    if (!word.isEmpty()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
  }
}
