package org.tonus.core.sig;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tonus.core.quantity.Unit;

/**
 * The fixed words of sig writing: abbreviations, units, forms, routes, frequencies, verbs. These
 * are the language of prescriptions, not clinical numbers: "tid" means three a day by definition.
 * Drug names come from the knowledge's vocabulary, not from here.
 */
final class Keywords {
  private final Map<String, Keyword> phrases = new LinkedHashMap<>();

  private Keywords() {}

  /** Every keyword phrase, as written (the lexicon tokenizes them like a sig). */
  static Map<String, Keyword> all() {
    Keywords k = new Keywords();
    k.numbers();
    k.units();
    k.forms();
    k.routes();
    k.frequencies();
    k.orderWords();
    k.structureWords();
    k.refusals();
    return k.phrases;
  }

  private void numbers() {
    String[] words = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"
    };
    for (int n = 0; n < words.length; n++) {
      add(TermKind.NUMBER, Numeral.of(BigDecimal.valueOf(n)), words[n]);
    }
    add(TermKind.NUMBER, Numeral.of(BigDecimal.valueOf(15)), "fifteen");
    add(TermKind.NUMBER, Numeral.of(BigDecimal.valueOf(20)), "twenty");
    Numeral half = new Numeral(BigDecimal.ONE, 2, true);
    add(TermKind.NUMBER, half, "half", "a half", "one half", "one-half", "half a", "half of a");
    Numeral quarter = new Numeral(BigDecimal.ONE, 4, true);
    add(TermKind.NUMBER, quarter, "quarter", "a quarter", "one quarter", "one-quarter");
  }

  private void units() {
    add(TermKind.UNIT, Unit.MG, "mg", "mgs", "milligram", "milligrams", "milligramme");
    add(TermKind.UNIT, Unit.MG, "milligrammes");
    add(TermKind.UNIT, Unit.MCG, "mcg", "mcgs", "µg", "μg", "ug", "microgram", "micrograms");
    add(TermKind.UNIT, Unit.MCG, "microgramme", "microgrammes");
    add(TermKind.UNIT, Unit.G, "g", "gm", "gram", "grams", "gramme", "grammes");
    add(TermKind.UNIT, Unit.ML, "ml", "mls", "milliliter", "milliliters", "millilitre");
    add(TermKind.UNIT, Unit.ML, "millilitres");
    add(TermKind.UNIT, Unit.UNITS, "units", "unit");
    add(TermKind.KG, null, "kg");
  }

  private void forms() {
    add(TermKind.FORM, DoseForm.TABLET, "tab", "tabs", "tablet", "tablets", "tablet(s)", "tab(s)");
    add(TermKind.FORM, DoseForm.TABLET, "pill", "pills", "tbl");
    add(TermKind.FORM, DoseForm.ORALLY_DISINTEGRATING_TABLET, "odt", "odts");
    add(
        TermKind.FORM,
        DoseForm.ORALLY_DISINTEGRATING_TABLET,
        "orally disintegrating tablet",
        "orally disintegrating tablets",
        "disintegrating tablet",
        "disintegrating tablets");
    add(TermKind.FORM, DoseForm.CAPSULE, "cap", "caps", "capsule", "capsules");
    add(TermKind.FORM, DoseForm.ORAL_GRANULES, "packet", "packets", "sachet", "sachets");
    add(TermKind.FORM, DoseForm.ORAL_GRANULES, "granules", "oral granules");
    add(TermKind.FORM, DoseForm.ORAL_SOLUTION, "solution", "soln", "oral solution", "oral soln");
    add(TermKind.FORM, DoseForm.ORAL_SUSPENSION, "suspension", "susp", "oral suspension");
    add(TermKind.FORM, DoseForm.ORAL_SUSPENSION, "oral susp");
    add(TermKind.FORM, DoseForm.ORAL_LIQUID, "liquid", "oral liquid");
    add(TermKind.FORM, DoseForm.INJECTION, "injection", "inj", "injectable");
  }

  private void routes() {
    add(TermKind.ROUTE, AdministrationRoute.ORAL, "po", "p o", "oral", "orally", "by mouth");
    add(TermKind.ROUTE, AdministrationRoute.ORAL, "per os", "per mouth");
    add(
        TermKind.ROUTE,
        AdministrationRoute.ENTERAL_TUBE,
        "via tube",
        "per tube",
        "via g tube",
        "via g-tube",
        "per g tube",
        "per g-tube",
        "via ng tube",
        "per ng tube",
        "via peg",
        "per peg",
        "via peg tube",
        "per peg tube",
        "via feeding tube",
        "per feeding tube",
        "via ngt",
        "per ngt");
    add(TermKind.ROUTE, AdministrationRoute.INTRATHECAL, "it", "intrathecal", "intrathecally");
    add(TermKind.ROUTE, AdministrationRoute.INTRAVENOUS, "iv", "i v", "intravenous");
    add(TermKind.ROUTE, AdministrationRoute.INTRAVENOUS, "intravenously");
    add(TermKind.ROUTE, AdministrationRoute.INTRAMUSCULAR, "im", "i m", "intramuscular");
    add(TermKind.ROUTE, AdministrationRoute.INTRAMUSCULAR, "intramuscularly");
    add(
        TermKind.ROUTE,
        AdministrationRoute.SUBCUTANEOUS,
        "sc",
        "s c",
        "subcut",
        "sub cut",
        "subq",
        "sub q",
        "sub-q",
        "sq",
        "subcutaneous",
        "subcutaneously");
    add(TermKind.ROUTE, AdministrationRoute.EPIDURAL, "epidural", "epidurally");
    add(TermKind.ROUTE, AdministrationRoute.TOPICAL, "topical", "topically");
    add(TermKind.ROUTE, AdministrationRoute.SUBLINGUAL, "sl", "sublingual", "sublingually");
    add(TermKind.ROUTE, AdministrationRoute.RECTAL, "pr", "rectal", "rectally", "per rectum");
    add(TermKind.ROUTE, AdministrationRoute.TRANSDERMAL, "transdermal", "transdermally");
  }

  private void frequencies() {
    add(TermKind.FREQUENCY, Frequency.timesPerDay(1, 1), "daily", "qd", "od", "qday");
    add(TermKind.FREQUENCY, Frequency.timesPerDay(1, 1), "every day", "each day", "once daily");
    add(TermKind.FREQUENCY, Frequency.timesPerDay(1, 1), "once a day", "once per day");
    add(TermKind.FREQUENCY, Frequency.timesPerDay(2, 2), "bid", "bd", "b i d");
    add(TermKind.FREQUENCY, Frequency.timesPerDay(3, 3), "tid", "tds", "t i d", "t d s");
    add(TermKind.FREQUENCY, Frequency.timesPerDay(4, 4), "qid", "qds", "q i d", "q d s");
    add(
        TermKind.FREQUENCY,
        Frequency.at(TimeOfDay.BEDTIME),
        "hs",
        "qhs",
        "at hs",
        "bedtime",
        "at bedtime",
        "at bed time",
        "before bed",
        "before bedtime",
        "at night",
        "nightly",
        "nocte",
        "every night",
        "each night",
        "every bedtime",
        "every night at bedtime",
        "nightly at bedtime",
        "at night time",
        "at nighttime");
    add(
        TermKind.FREQUENCY,
        Frequency.at(TimeOfDay.MORNING),
        "mane",
        "qam",
        "in the morning",
        "every morning",
        "each morning",
        "in the am");
    add(
        TermKind.FREQUENCY,
        Frequency.at(TimeOfDay.EVENING),
        "qpm",
        "in the evening",
        "every evening",
        "each evening",
        "in the pm");
    add(TermKind.TIMES_WORD, 1, "once");
    add(TermKind.TIMES_WORD, 2, "twice");
    add(TermKind.TIMES_WORD, 3, "thrice");
    add(TermKind.TIMES, null, "times", "time");
    add(TermKind.X, null, "x", "×");
    add(TermKind.Q, null, "q");
    add(TermKind.EVERY, null, "every");
    add(TermKind.HOUR, null, "h", "hr", "hrs", "hour", "hours");
    add(TermKind.HOURLY, null, "hourly", "hrly");
    add(TermKind.DAY, null, "day", "days", "d");
    add(TermKind.WEEK, null, "week", "weeks", "wk", "wks");
    add(TermKind.MONTH, null, "month", "months", "mo", "mos", "mth", "mths");
    add(
        TermKind.AS_NEEDED,
        null,
        "prn",
        "p r n",
        "as needed",
        "as required",
        "when required",
        "if required",
        "when needed",
        "if needed",
        "as necessary",
        "if necessary");
    add(
        TermKind.MAX,
        null,
        "max",
        "maximum",
        "max of",
        "maximum of",
        "not to exceed",
        "do not exceed",
        "not exceeding",
        "no more than",
        "not more than",
        "nte");
    add(TermKind.UP_TO, null, "up to");
    add(TermKind.DIVIDED, null, "divided", "in divided doses");
    add(TermKind.CONTINUOUS, null, "continuous", "continuously", "infusion", "pump");
    add(TermKind.CONTINUOUS, null, "continuous infusion", "via pump", "by pump");
    add(TermKind.BOLUS, null, "bolus", "test dose", "screening dose", "trial dose", "stat");
    add(TermKind.BOLUS, null, "single dose", "one dose", "once only", "one time only");
  }

  private void orderWords() {
    add(TermKind.VERB, OrderVerb.START, "start", "begin", "initiate", "commence", "start taking");
    add(TermKind.VERB, OrderVerb.START, "restart", "resume");
    add(TermKind.VERB, OrderVerb.INCREASE, "increase", "increase to", "increase dose to");
    add(TermKind.VERB, OrderVerb.INCREASE, "titrate to", "titrate up to", "go up to");
    add(TermKind.VERB, OrderVerb.DECREASE, "decrease", "decrease to", "decrease dose to");
    add(TermKind.VERB, OrderVerb.DECREASE, "reduce", "reduce to", "reduce dose to", "lower to");
    add(TermKind.VERB, OrderVerb.DECREASE, "taper to", "wean to");
    add(TermKind.VERB, OrderVerb.CHANGE, "change", "change to", "change dose to");
    add(TermKind.VERB, OrderVerb.CHANGE, "switch", "switch to");
    add(TermKind.VERB, OrderVerb.CONTINUE, "continue", "cont");
    add(TermKind.VERB, OrderVerb.REPLACE, "replace", "replace with", "substitute with");
    add(TermKind.STOP, null, "stop", "discontinue", "dc", "d/c", "d c", "cease", "stop taking");
    add(TermKind.STOP, null, "off");
    add(TermKind.FOOD, FoodAdvice.WITH_FOOD, "with food", "with meals", "with a meal");
    add(TermKind.FOOD, FoodAdvice.WITH_FOOD, "with meal", "after food", "after meals", "pc");
    add(TermKind.FOOD, FoodAdvice.WITH_FOOD, "with a snack", "with food or milk");
    add(TermKind.FOOD, FoodAdvice.WITHOUT_FOOD, "without food", "on an empty stomach");
    add(TermKind.FOOD, FoodAdvice.WITHOUT_FOOD, "on empty stomach", "empty stomach");
    add(TermKind.FOOD, FoodAdvice.EITHER, "with or without food", "with or without meals");
    add(TermKind.FOOD, FoodAdvice.EITHER, "regardless of meals", "without regard to food");
    add(TermKind.FOOD, FoodAdvice.EITHER, "without regard to meals");
  }

  private void structureWords() {
    add(TermKind.PER, null, "per", "a", "an", "each");
    add(TermKind.SLASH, null, "/");
    add(TermKind.DASH, null, "-", "–", "—", "‐");
    add(TermKind.TO, null, "to");
    add(TermKind.IN, null, "in", "into");
    add(TermKind.AND, null, "and", "&", "plus");
    add(TermKind.DOSES, null, "dose", "doses");
    add(TermKind.FOR, null, "for");
    add(TermKind.THEN, null, "then", "and then", "followed by", "thereafter");
    add(TermKind.FILLER, null, "take", "takes", "give", "administer", "inject", "infuse", "use");
    add(TermKind.FILLER, null, "of", "the", "sig", "please", "via", "by");
    add(TermKind.FILLER, null, "with water", "with a glass of water", "with a full glass of water");
    add(TermKind.PUNCT, null, ",", ";", ":", "(", ")", "[", "]", "\"", "'", "’", "!", "?");
  }

  private void refusals() {
    add(
        TermKind.REFUSE,
        "'%s' is an error-prone abbreviation: write 'units'",
        "u",
        "iu",
        "ius",
        "international units");
    add(TermKind.REFUSE, "'%s' is an error-prone abbreviation: write 'mL'", "cc", "ccs");
    add(
        TermKind.REFUSE,
        "'%s' is not an exact measure: write the volume in mL",
        "tsp",
        "teaspoon",
        "teaspoons",
        "teaspoonful",
        "teaspoonfuls",
        "tbsp",
        "tablespoon",
        "tablespoons",
        "tablespoonful",
        "drop",
        "drops",
        "dropperful");
    add(
        TermKind.REFUSE,
        "'%s': doses less often than daily are not read",
        "qod",
        "every other day",
        "alternate days",
        "on alternate days",
        "weekly",
        "biweekly",
        "monthly",
        "qweek",
        "q week",
        "every week",
        "every month");
    add(
        TermKind.REFUSE,
        "'%s' is a titration rule, not a dose: write each step",
        "increase by",
        "increase dose by",
        "increase each dose by",
        "decrease by",
        "decrease dose by",
        "reduce by",
        "reduce dose by",
        "titrate by",
        "titrate up by");
    add(
        TermKind.REFUSE,
        "'%s' gives no dose: write the dose and how often",
        "as directed",
        "ud",
        "as instructed",
        "as per instructions");
    add(TermKind.REFUSE, "'%s' does not say how much: write the dose", "as tolerated");
  }

  private void add(TermKind kind, Object value, String... written) {
    for (String phrase : written) {
      Keyword previous = phrases.put(phrase, new Keyword(kind, value));
      if (previous != null) {
        throw new IllegalStateException("keyword '" + phrase + "' is listed twice");
      }
    }
  }
}
