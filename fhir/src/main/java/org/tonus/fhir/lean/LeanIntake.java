package org.tonus.fhir.lean;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tonus.core.check.AllergyMention;
import org.tonus.core.check.ConditionMention;
import org.tonus.core.check.CurrentOrder;
import org.tonus.core.check.MedicationMention;
import org.tonus.core.check.OrderInput;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.patient.Sex;
import org.tonus.fhir.lean.Lean.Code;
import org.tonus.fhir.lean.Lean.Concept;
import org.tonus.fhir.lean.Lean.DosageLine;
import org.tonus.fhir.lean.Lean.MedicationRow;
import org.tonus.fhir.lean.Lean.ObservationRow;

/**
 * The FHIR module's reading rules (MedicationNames, DosageReader, ObservationReader, MentionReader,
 * PatientReader of {@code org.tonus.fhir}) applied to {@link Lean} records, so that the population
 * job, the CDS hook and the single-order path read a record alike; {@code LeanIntakeTest} runs this
 * and the HAPI intake on the same resources and requires equal check requests. Whatever those rules
 * refuse is an {@link Unreadable} here, with the same kind of message. Thread-safe.
 */
public final class LeanIntake {
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  /** Between words of a medicine's name; compiled once (String.split would compile it per call). */
  private static final java.util.regex.Pattern NOT_A_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]+");

  public static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
  public static final String SNOMED = "http://snomed.info/sct";
  public static final String UCUM = "http://unitsofmeasure.org";
  public static final String LOINC = "http://loinc.org";
  public static final String GTS = "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation";
  public static final String SERUM_CREATININE = "2160-0";
  public static final String CREATININE_CLEARANCE = "2164-2";
  public static final String BODY_WEIGHT = "29463-7";
  public static final String PREGNANCY_STATUS = "82810-3";
  public static final String PREGNANT = "77386006";

  /** µmol/L per mg/dL of creatinine (the FHIR module's factor: 10 mg/L / 113.12 g/mol). */
  private static final BigDecimal UMOL_PER_MG_DL = new BigDecimal("88.4");

  /** The international avoirdupois pound, exactly 0.45359237 kg. */
  private static final BigDecimal KG_PER_POUND = new BigDecimal("0.45359237");

  private static final Set<String> UNUSABLE = Set.of("cancelled", "entered-in-error", "registered");
  private static final Map<String, String> DOSE_UNITS =
      Map.of("mg", "mg", "ug", "mcg", "mcg", "mcg", "mL", "mL", "ml", "mL");
  private static final Map<String, String> ROUTES =
      Map.of(
          "26643006", "po",
          "72607000", "intrathecal",
          "47625008", "iv",
          "78421000", "im",
          "34206005", "subcut",
          "404820008", "epidural",
          "127492001", "via tube");
  private static final Map<String, Integer> TIMES_PER_DAY =
      Map.of("QD", 1, "AM", 1, "PM", 1, "BID", 2, "TID", 3, "QID", 4);

  private final Knowledge knowledge;
  private final Drug drug;

  public LeanIntake(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.drug =
        knowledge
            .drugs()
            .drug(knowledge.name())
            .orElseThrow(
                () -> new IllegalStateException("the pack's drug is not in its vocabulary"));
  }

  /** Something the FHIR path would refuse; the message names the resource and element. */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message);
    }
  }

  // --- MedicationNames ---

  /** The name by which the concept is baclofen (RxNorm ingredient or a vocabulary name). */
  public Optional<String> packDrugName(Concept concept) {
    for (Code coding : concept.codings()) {
      if (RXNORM.equals(coding.system())
          && !coding.code().isEmpty()
          && knowledge.drugs().byRxnorm(coding.code()).filter(this::isPackDrug).isPresent()) {
        return Optional.of(drug.name());
      }
    }
    List<String> texts = new ArrayList<>();
    if (!concept.text().isEmpty()) {
      texts.add(concept.text());
    }
    concept.codings().stream().map(Code::display).filter(d -> !d.isEmpty()).forEach(texts::add);
    for (String text : texts) {
      Optional<String> name = nameIn(text);
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /** Whether the text names the pack's drug by a name, brand or synonym. */
  public boolean names(String text) {
    return nameIn(text).isPresent();
  }

  private Optional<String> nameIn(String text) {
    String[] words = NOT_A_WORD.split(text.trim());
    for (int i = 0; i < words.length; i++) {
      if (i + 1 < words.length) {
        String pair = words[i] + " " + words[i + 1];
        if (knowledge.drugs().byName(pair).filter(this::isPackDrug).isPresent()) {
          return Optional.of(pair);
        }
      }
      if (!words[i].isBlank()
          && knowledge.drugs().byName(words[i]).filter(this::isPackDrug).isPresent()) {
        return Optional.of(words[i]);
      }
    }
    return Optional.empty();
  }

  private boolean isPackDrug(Drug candidate) {
    return candidate.id().equals(drug.id());
  }

  // --- FhirCheckIntake's record: the patient, the labs, the mentions and the current regimen ---

  /**
   * What a check reads from a patient's record besides the checked order: the dosing patient, the
   * pregnancy status, the mentions and the current baclofen regimen, as the FHIR module's {@code
   * FhirCheckIntake} reads them from HAPI resources.
   */
  public record Chart(
      org.tonus.core.patient.Patient patient,
      boolean pregnant,
      List<ConditionMention> conditions,
      List<MedicationMention> medications,
      List<AllergyMention> allergies,
      Optional<CurrentOrder> current) {
    public Chart {
      Objects.requireNonNull(patient, "patient");
      conditions = List.copyOf(conditions);
      medications = List.copyOf(medications);
      allergies = List.copyOf(allergies);
      Objects.requireNonNull(current, "current");
    }
  }

  /**
   * The chart of {@code record} for a check of the order at position {@code orderIndex} of {@code
   * record.ordered()} (with id {@code orderId}, when it has one): the active medicines apart from
   * the order and the other orders ordered with it become the current regimen (the first active
   * baclofen one) or mentions; the latest usable observations give the labs; the age is counted to
   * {@code today}. Where the lean records cannot tell what HAPI would read (an undated or
   * unparseable date, an empty medicine, a current baclofen row marked doNotPerform) this is an
   * {@link Unreadable}, so that an exact caller reads the record with HAPI instead.
   */
  public Chart chart(LeanRecord record, int orderIndex, Optional<String> orderId, LocalDate today) {
    Lean.PatientRow patient =
        record
            .patient()
            .orElseThrow(() -> new Unreadable("the input has no Patient; a check needs one"));
    List<MedicationRow> active = new ArrayList<>();
    List<Boolean> taken = new ArrayList<>();
    List<MedicationRow> requests = new ArrayList<>(record.medicationRequests());
    for (int i = 0; i < record.ordered().size(); i++) {
      requests.add(i == orderIndex ? null : record.ordered().get(i));
    }
    for (MedicationRow request : requests) {
      if (request == null || orderId.filter(id -> id.equals(request.id())).isPresent()) {
        continue;
      }
      if (request.status().equals("active") || request.status().equals("draft")) {
        active.add(request);
        taken.add(request.status().equals("active"));
      }
    }
    for (MedicationRow statement : record.medicationStatements()) {
      if (statement.status().equals("active")) {
        active.add(statement);
        taken.add(true);
      }
    }
    Optional<CurrentOrder> current = Optional.empty();
    List<MedicationMention> others = new ArrayList<>();
    for (int i = 0; i < active.size(); i++) {
      MedicationRow medicine = active.get(i);
      Concept concept = resolve(medicine, record.medications());
      Optional<String> ours = packDrugName(concept);
      if (ours.isPresent() && current.isEmpty() && taken.get(i)) {
        if (medicine.doNotPerform()) {
          throw new Unreadable(medicine.label() + " is a current regimen marked doNotPerform");
        }
        CurrentOrder found = CurrentOrder.of(order(medicine, ours.get()));
        current = Optional.of(since(medicine).map(found::since).orElse(found));
      } else {
        mention(medicine, concept).ifPresent(others::add);
      }
    }
    for (ObservationRow o : record.observations()) {
      if (!o.effective().isEmpty() && instant(o.effective()).isEmpty()) {
        throw new Unreadable("Observation/" + o.id() + " effective " + o.effective());
      }
    }
    List<ObservationRow> observations = record.observations();
    Optional<BigDecimal> creatinine =
        latest(observations, SERUM_CREATININE).map(LeanIntake::creatinineMgDl);
    Optional<BigDecimal> clearance =
        latest(observations, CREATININE_CLEARANCE).map(LeanIntake::clearanceMlMin);
    Optional<BigDecimal> weight = latest(observations, BODY_WEIGHT).map(LeanIntake::weightKg);
    boolean pregnant =
        latest(observations, PREGNANCY_STATUS).map(LeanIntake::pregnant).orElse(false);
    org.tonus.core.patient.Patient dosing =
        new org.tonus.core.patient.Patient(
            ageYears(patient, today),
            weight,
            sex(patient),
            creatinine,
            clearance,
            false,
            false,
            Optional.empty());
    List<ConditionMention> conditions = new ArrayList<>();
    record.conditions().forEach(c -> condition(c).ifPresent(conditions::add));
    List<AllergyMention> allergies = new ArrayList<>();
    record.allergies().forEach(a -> allergy(a).ifPresent(allergies::add));
    return new Chart(dosing, pregnant, conditions, others, allergies, current);
  }

  /** The day a current regimen started, as written; a date given but not a full day is refused. */
  private static Optional<LocalDate> since(MedicationRow row) {
    if (row.date().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        day(row.date())
            .filter(d -> row.date().length() == 10 || row.date().charAt(10) == 'T')
            .orElseThrow(() -> new Unreadable(row.label() + " date " + row.date())));
  }

  /**
   * The medicine's concept: a reference to a Medication of the record by its code, else by its
   * display (FhirCheckIntake's MedicationNames.concept; contained ones the reader resolved).
   */
  private static Concept resolve(MedicationRow row, List<Lean.MedicationDef> medications) {
    String ref = row.medicationReference();
    if (!ref.isEmpty()) {
      for (Lean.MedicationDef m : medications) {
        if (m.isNamedBy(ref)) {
          return m.code();
        }
      }
    }
    if (row.medication().isEmpty()) {
      throw new Unreadable(row.label() + " has no medicine the lean records can name");
    }
    return row.medication();
  }

  // --- DosageReader ---

  /** The order a baclofen row gives (its drug name as {@link #packDrugName} found it). */
  public OrderInput order(MedicationRow row, String drugName) {
    if (row.doNotPerform()) {
      return OrderInput.stop();
    }
    List<DosageLine> dosages = row.dosages();
    String where = row.label();
    if (dosages.isEmpty()) {
      throw new Unreadable(where + " has no dosageInstruction; give text or a structured dose");
    }
    Optional<String> text = texts(dosages);
    boolean structured = dosages.stream().anyMatch(DosageLine::hasDose);
    if (!structured) {
      return OrderInput.sig(
          text.map(t -> names(t) ? t : drugName + " " + t)
              .orElseThrow(
                  () ->
                      new Unreadable(
                          where
                              + " dosageInstruction[0] has neither text nor"
                              + " doseAndRate[0].doseQuantity")));
    }
    if (dosages.size() > 1) {
      throw new Unreadable(
          where + " has " + dosages.size() + " structured dosageInstruction lines");
    }
    return structured(dosages.get(0), drugName, where + " dosageInstruction[0]");
  }

  /** The dosage lines' texts joined with ", then "; empty when none has text. */
  public static Optional<String> texts(List<DosageLine> dosages) {
    List<String> texts =
        dosages.stream().map(d -> d.text().trim()).filter(t -> !t.isEmpty()).toList();
    return texts.isEmpty() ? Optional.empty() : Optional.of(String.join(", then ", texts));
  }

  private static OrderInput structured(DosageLine dosage, String drugName, String where) {
    if (dosage.doseRange()) {
      throw new Unreadable(where + ".doseAndRate[0] has a doseRange; Tonus reads a doseQuantity");
    }
    String at = where + ".doseAndRate[0].doseQuantity";
    if (dosage.doseValue().isEmpty()) {
      throw new Unreadable(at + " has no value");
    }
    String code = dosage.doseUnit();
    if (code.isBlank()) {
      throw new Unreadable(at + " has no unit; give a UCUM code: mg, ug or mL");
    }
    if (!dosage.doseSystem().isEmpty() && !UCUM.equals(dosage.doseSystem())) {
      throw new Unreadable(at + " unit system " + dosage.doseSystem() + " is not UCUM");
    }
    String word = DOSE_UNITS.get(code);
    if (word == null) {
      throw new Unreadable(at + " unit '" + code + "' is not a dose unit Tonus reads");
    }
    return new OrderInput.Structured(
        drugName,
        Optional.of(new BigDecimal(dosage.doseValue())),
        Optional.of(word),
        route(dosage.route()),
        timesPerDay(dosage, where + ".timing"),
        !dosage.asNeeded().isEmpty() && !dosage.asNeeded().equals("false"),
        durationDays(dosage, where + ".timing.repeat"));
  }

  private static Optional<String> route(Concept route) {
    for (Code coding : route.codings()) {
      if (SNOMED.equals(coding.system()) && ROUTES.containsKey(coding.code())) {
        return Optional.of(ROUTES.get(coding.code()));
      }
    }
    return route.words();
  }

  private static Optional<Integer> timesPerDay(DosageLine d, String where) {
    for (Code coding : d.timingCode().codings()) {
      if (GTS.equals(coding.system()) && TIMES_PER_DAY.containsKey(coding.code())) {
        return Optional.of(TIMES_PER_DAY.get(coding.code()));
      }
    }
    if (d.frequency().isEmpty() && d.frequencyMax().isEmpty()) {
      return Optional.empty();
    }
    int frequency =
        new BigDecimal(d.frequencyMax().isEmpty() ? d.frequency() : d.frequencyMax()).intValue();
    if (d.period().isEmpty() || d.periodUnit().isEmpty()) {
      throw new Unreadable(where + ".repeat has a frequency but no period and periodUnit");
    }
    BigDecimal period = new BigDecimal(d.period());
    BigDecimal perUnit =
        switch (d.periodUnit()) {
          case "h" -> BigDecimal.ONE;
          case "d" -> BigDecimal.valueOf(24);
          case "wk" -> BigDecimal.valueOf(24 * 7);
          default ->
              throw new Unreadable(
                  where + ".repeat periodUnit " + d.periodUnit() + " is not h, d or wk");
        };
    if (period.signum() <= 0) {
      throw new Unreadable(where + ".repeat period " + period + " must be above 0");
    }
    BigDecimal perDay =
        BigDecimal.valueOf(frequency)
            .multiply(BigDecimal.valueOf(24))
            .divide(period.multiply(perUnit), 6, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    if (perDay.scale() > 0 || perDay.signum() <= 0) {
      throw new Unreadable(where + ".repeat is not a whole number of doses a day");
    }
    return Optional.of(perDay.intValueExact());
  }

  private static Optional<Integer> durationDays(DosageLine d, String where) {
    if (d.boundsValue().isEmpty() && d.boundsUnit().isEmpty()) {
      return Optional.empty();
    }
    if (d.boundsValue().isEmpty() || d.boundsUnit().isEmpty()) {
      throw new Unreadable(where + ".boundsDuration needs a value and a unit (d or wk)");
    }
    BigDecimal value = new BigDecimal(d.boundsValue());
    BigDecimal days =
        switch (d.boundsUnit()) {
          case "d" -> value;
          case "wk" -> value.multiply(BigDecimal.valueOf(7));
          default ->
              throw new Unreadable(
                  where + ".boundsDuration unit '" + d.boundsUnit() + "' is not d or wk");
        };
    try {
      return Optional.of(days.intValueExact());
    } catch (ArithmeticException notWhole) {
      throw new Unreadable(where + ".boundsDuration " + days + " days is not a whole number");
    }
  }

  /** A co-medication as the sig parser reads it: its name and its text directions. */
  public static Optional<MedicationMention> mention(MedicationRow row) {
    return mention(row, row.medication());
  }

  /** The mention of a row whose medicine is {@code concept} (a resolved reference). */
  public static Optional<MedicationMention> mention(MedicationRow row, Concept concept) {
    Optional<String> name =
        concept
            .words()
            .or(
                () ->
                    concept.codings().stream()
                        .filter(c -> !c.code().isEmpty())
                        .findFirst()
                        // as HAPI writes an absent system
                        .map(
                            c ->
                                "code "
                                    + c.code()
                                    + " ("
                                    + (c.system().isEmpty() ? "null" : c.system())
                                    + ")"));
    return name.map(
        n ->
            texts(row.dosages())
                .map(t -> new MedicationMention(n + " " + t))
                .orElse(new MedicationMention(n)));
  }

  // --- MentionReader ---

  public static Optional<ConditionMention> condition(Lean.ConditionRow row) {
    if (!row.current()) {
      return Optional.empty();
    }
    Optional<String> text = row.code().words();
    Optional<String> icd10 = row.code().codeIn(ICD10_CM);
    Optional<String> snomed = row.code().codeIn(SNOMED);
    return text.isPresent() || icd10.isPresent() || snomed.isPresent()
        ? Optional.of(new ConditionMention(text, icd10, snomed))
        : Optional.empty();
  }

  public static Optional<AllergyMention> allergy(Lean.AllergyRow row) {
    if (!row.current()) {
      return Optional.empty();
    }
    return row.code().words().map(s -> new AllergyMention(s, Lean.opt(row.reaction())));
  }

  // --- PatientReader ---

  public static int ageYears(Lean.PatientRow patient, LocalDate today) {
    String where = "Patient/" + patient.patient();
    if (patient.birthDate().isEmpty()) {
      throw new Unreadable(where + " has no birthDate; the age rules need it");
    }
    if (patient.birthDate().length() != 10) {
      throw new Unreadable(where + " birthDate " + patient.birthDate() + " is not a full date");
    }
    LocalDate born;
    try {
      born = LocalDate.parse(patient.birthDate());
    } catch (DateTimeParseException e) {
      throw new Unreadable(where + " birthDate " + patient.birthDate() + " is not a date");
    }
    if (born.isAfter(today)) {
      throw new Unreadable(where + " birthDate " + born + " is after today's date " + today);
    }
    return Period.between(born, today).getYears();
  }

  public static Optional<Sex> sex(Lean.PatientRow patient) {
    return switch (patient.gender()) {
      case "female" -> Optional.of(Sex.FEMALE);
      case "male" -> Optional.of(Sex.MALE);
      default -> Optional.empty();
    };
  }

  // --- ObservationReader ---

  /** The latest usable observation with this LOINC code; undated rank before dated; ties: first. */
  public static Optional<ObservationRow> latest(List<ObservationRow> observations, String loinc) {
    ObservationRow best = null;
    Optional<Instant> bestAt = Optional.empty();
    for (ObservationRow o : observations) {
      if (!o.loinc().contains(loinc) || UNUSABLE.contains(o.status())) {
        continue;
      }
      Optional<Instant> at = instant(o.effective());
      if (best == null || compare(at, bestAt) > 0) {
        best = o;
        bestAt = at;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int compare(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isPresent(), b.isPresent());
    }
    return a.get().compareTo(b.get());
  }

  /** A FHIR date or dateTime as an instant; a bare date is local midnight, as HAPI reads it. */
  public static Optional<Instant> instant(String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (value.length() == 10) {
        return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toInstant());
      }
      if (value.length() == 7) {
        return Optional.of(
            LocalDate.parse(value + "-01").atStartOfDay(ZoneId.systemDefault()).toInstant());
      }
      if (value.length() == 4) {
        return Optional.of(
            LocalDate.parse(value + "-01-01").atStartOfDay(ZoneId.systemDefault()).toInstant());
      }
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The calendar day a FHIR date or dateTime names, as written. */
  public static Optional<LocalDate> day(String value) {
    if (value.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static BigDecimal creatinineMgDl(ObservationRow o) {
    BigDecimal value = value(o, "serum creatinine (LOINC 2160-0)");
    String unit = unit(o);
    return switch (unit) {
      case "mg/dL" -> value;
      case "umol/L" -> value.divide(UMOL_PER_MG_DL, 2, RoundingMode.HALF_UP);
      default ->
          throw new Unreadable(
              "Observation/"
                  + o.id()
                  + " valueQuantity unit '"
                  + unit
                  + "' is not a creatinine unit");
    };
  }

  public static BigDecimal clearanceMlMin(ObservationRow o) {
    BigDecimal value = value(o, "creatinine clearance (LOINC 2164-2)");
    String unit = unit(o);
    if (!unit.equals("mL/min")) {
      throw new Unreadable(
          "Observation/" + o.id() + " valueQuantity unit '" + unit + "' is not a clearance unit");
    }
    return value;
  }

  public static BigDecimal weightKg(ObservationRow o) {
    BigDecimal value = value(o, "body weight (LOINC 29463-7)");
    String unit = unit(o);
    return switch (unit) {
      case "kg" -> value;
      case "[lb_av]" -> value.multiply(KG_PER_POUND).setScale(1, RoundingMode.HALF_UP);
      default ->
          throw new Unreadable(
              "Observation/" + o.id() + " valueQuantity unit '" + unit + "' is not a weight unit");
    };
  }

  public static boolean pregnant(ObservationRow o) {
    if (o.valueConcept().codings().isEmpty() && o.valueConcept().text().isEmpty()) {
      throw new Unreadable(
          "Observation/"
              + o.id()
              + " pregnancy status (LOINC 82810-3) has no valueCodeableConcept");
    }
    return o.valueConcept().codings().stream()
        .anyMatch(c -> SNOMED.equals(c.system()) && PREGNANT.equals(c.code()));
  }

  private static BigDecimal value(ObservationRow o, String what) {
    if (o.value().isEmpty()) {
      throw new Unreadable("Observation/" + o.id() + " " + what + " has no valueQuantity value");
    }
    return new BigDecimal(o.value());
  }

  private static String unit(ObservationRow o) {
    if (!o.unitSystem().isEmpty() && !UCUM.equals(o.unitSystem())) {
      throw new Unreadable(
          "Observation/"
              + o.id()
              + " valueQuantity unit system "
              + o.unitSystem()
              + " is not UCUM");
    }
    String unit = o.unit().trim();
    if (unit.isEmpty()) {
      throw new Unreadable("Observation/" + o.id() + " valueQuantity has no unit");
    }
    return switch (unit) {
      case "µmol/L", "μmol/L", "umol/l" -> "umol/L";
      case "mg/dl" -> "mg/dL";
      case "ml/min" -> "mL/min";
      case "lb", "lbs" -> "[lb_av]";
      default -> unit;
    };
  }
}
