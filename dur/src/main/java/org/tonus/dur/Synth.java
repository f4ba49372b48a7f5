package org.tonus.dur;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.tonus.core.alert.AlertCode;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.quantity.Unit;
import org.tonus.fhir.lean.LeanReader;

/**
 * Writes a synthetic FHIR Bulk Data export of people treated with oral baclofen (multiple
 * sclerosis, spinal cord injury, cerebral palsy), one NDJSON file per resource type, and its ground
 * truth: the alert codes each baclofen prescription must raise. Every patient is drawn from its own
 * random stream (seed and patient number), so the export is the same for a seed whatever the
 * machine, and is written as it is drawn: nothing is held in memory but one patient.
 *
 * <p>The clean course follows the US label schedule read from the knowledge (start DOSE-US-01-A,
 * steps POL-04-B, no faster than its interval, up to its limit); the injected problems break one
 * rule each, at the rates given ({@link Problem}). Ground truth lists the injected problem's code
 * and the two alerts a clean course still earns by design: the age caution from 65 (GER-01-A) and
 * off-label use in cerebral palsy (IND-03-B, the US labels), and none else.
 */
public final class Synth {
  /** The problems the generator can inject, each with its default rate. */
  public enum Problem {
    DOSE_ABOVE_MAX("dose-above-max", 0.04),
    TITRATION_TOO_FAST("titration-too-fast", 0.04),
    ABRUPT_STOP("abrupt-stop", 0.04),
    INVALID_SIG("invalid-sig", 0.03),
    RENAL("renal", 0.06),
    INTERACTION("interaction", 0.05),
    PEDIATRIC("pediatric", 0.03),
    PREGNANCY("pregnancy", 0.02);

    final String word;
    final double rate;

    Problem(String word, double rate) {
      this.word = word;
      this.rate = rate;
    }

    static Problem of(String word) {
      for (Problem p : values()) {
        if (p.word.equals(word)) {
          return p;
        }
      }
      throw new IllegalArgumentException(
          "unknown problem '" + word + "'; the problems are " + List.of(words()));
    }

    static String[] words() {
      return java.util.Arrays.stream(values()).map(p -> p.word).toArray(String[]::new);
    }

    boolean perPatient() {
      return this == RENAL || this == INTERACTION || this == PEDIATRIC || this == PREGNANCY;
    }
  }

  /** What to write. */
  public record Options(long patients, long seed, boolean gzip, Map<Problem, Double> rates) {
    public Options {
      if (patients < 0) {
        throw new IllegalArgumentException("patients " + patients + " must be 0 or more");
      }
      rates = Map.copyOf(rates);
      double patientLevel = 0;
      double orderLevel = 0;
      for (Problem p : Problem.values()) {
        double r = rates.getOrDefault(p, p.rate);
        if (r < 0 || r > 1) {
          throw new IllegalArgumentException("rate of " + p.word + " " + r + " is not 0 to 1");
        }
        if (p.perPatient()) {
          patientLevel += r;
        } else {
          orderLevel += r;
        }
      }
      if (patientLevel > 1 || orderLevel > 1) {
        throw new IllegalArgumentException(
            "the patient-level rates (renal, interaction, pediatric, pregnancy) and the"
                + " prescription-level rates (the others) must each add up to at most 1");
      }
    }

    double rate(Problem p) {
      return rates.getOrDefault(p, p.rate);
    }
  }

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
  private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  private final Knowledge knowledge;
  private final Options options;
  private final BigDecimal startDoseMg;
  private final int startTimes;
  private final BigDecimal stepPerDoseMg;
  private final int intervalDays;
  private final BigDecimal upToDailyMg;
  private final BigDecimal maxDailyMg;
  private final int elderlyFrom;
  private final int childBelow;
  private final BigDecimal noReductionFrom;

  Synth(Knowledge knowledge, Options options) {
    this.knowledge = knowledge;
    this.options = options;
    Fact start = fact("DOSE-US-01-A");
    this.startDoseMg = start.values().quantity(FactField.DOSE).orElseThrow().to(Unit.MG).amount();
    this.startTimes = start.values().countRange(FactField.TIMES_PER_DAY).orElseThrow().high();
    Fact step = fact("POL-04-B");
    BigDecimal stepDaily =
        step.values().quantity(FactField.STEP).orElseThrow().to(Unit.MG_PER_DAY).amount();
    this.stepPerDoseMg = stepDaily.divide(BigDecimal.valueOf(startTimes), 0, RoundingMode.DOWN);
    this.intervalDays = step.values().count(FactField.INTERVAL_DAYS).orElseThrow();
    this.upToDailyMg =
        step.values().quantity(FactField.UP_TO).orElseThrow().to(Unit.MG_PER_DAY).amount();
    this.maxDailyMg =
        fact("DOSE-US-02")
            .values()
            .quantity(FactField.MAX)
            .orElseThrow()
            .to(Unit.MG_PER_DAY)
            .amount();
    this.elderlyFrom = fact("GER-01-A").scope().ageFromYears().getAsInt();
    this.childBelow = fact("PED-US-01").scope().ageBelowYears().getAsInt();
    this.noReductionFrom =
        fact("REN-03-B").values().range(FactField.CRCL).orElseThrow().high().amount();
  }

  private Fact fact(String id) {
    return knowledge
        .fact(id)
        .orElseThrow(() -> new IllegalStateException("the knowledge has no fact " + id));
  }

  /** Counts of what was written. */
  public record Written(long patients, long prescriptions, Map<Problem, Long> injected) {}

  /** Writes the export and its ground truth into {@code dir}. */
  public static Written write(Knowledge knowledge, Options options, Path dir) throws IOException {
    return new Synth(knowledge, options).writeAll(dir);
  }

  private Written writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Writer> out = new LinkedHashMap<>();
    String ext = options.gzip() ? ".ndjson.gz" : ".ndjson";
    for (String type : LeanReader.TYPES) { // a synthetic export names its drugs by code
      out.put(type, open(dir.resolve(type + ext), options.gzip()));
    }
    Map<Problem, Long> injected = new EnumMap<>(Problem.class);
    long prescriptions = 0;
    try (Writer truth = open(dir.resolve("ground-truth.ndjson"), false);
        Writer csv = open(dir.resolve("ground-truth.csv"), false)) {
      csv.write("patient,prescription,date,expected,injected\n");
      for (long i = 0; i < options.patients(); i++) {
        Drawn drawn = patient(i);
        for (Map.Entry<String, List<String>> e : drawn.lines().entrySet()) {
          Writer w = out.get(e.getKey());
          for (String line : e.getValue()) {
            w.write(line);
            w.write('\n');
          }
        }
        for (Truth t : drawn.truth()) {
          prescriptions++;
          truth.write(t.json());
          truth.write('\n');
          csv.write(t.csv());
          csv.write('\n');
        }
        drawn.problems().forEach(p -> injected.merge(p, 1L, Long::sum));
      }
    } finally {
      for (Writer w : out.values()) {
        w.close();
      }
    }
    return new Written(options.patients(), prescriptions, injected);
  }

  private static Writer open(Path path, boolean gzip) throws IOException {
    OutputStream stream = Files.newOutputStream(path);
    if (gzip) {
      stream = new GZIPOutputStream(stream, 1 << 16);
    }
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  /** One prescription's expected alert codes. */
  record Truth(
      String patient, String prescription, LocalDate date, TreeSet<String> expected, String why) {
    String json() {
      return "{\"patient\":\""
          + patient
          + "\",\"prescription\":\""
          + prescription
          + "\",\"date\":\""
          + date
          + "\",\"expected\":["
          + String.join(",", expected.stream().map(c -> "\"" + c + "\"").toList())
          + "],\"injected\":\""
          + why
          + "\"}";
    }

    String csv() {
      return patient
          + ","
          + prescription
          + ","
          + date
          + ","
          + String.join(";", expected)
          + ","
          + why;
    }
  }

  record Drawn(Map<String, List<String>> lines, List<Truth> truth, List<Problem> problems) {}

  private enum Disease {
    MS("G35", "24700007", "Multiple sclerosis"),
    SCI("S14.109S", "", "Spinal cord injury"),
    CP("G80.9", "128188000", "Cerebral palsy");

    final String icd10;
    final String snomed;
    final String text;

    Disease(String icd10, String snomed, String text) {
      this.icd10 = icd10;
      this.snomed = snomed;
      this.text = text;
    }
  }

  /** One baclofen prescription as drawn. */
  private record Rx(LocalDate date, BigDecimal doseMg, int times, boolean stop, boolean invalid) {}

  Drawn patient(long number) {
    SplittableRandom random = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + number);
    String id = "p" + number;
    Map<String, List<String>> lines = new LinkedHashMap<>();
    LeanReader.TYPES.forEach(t -> lines.put(t, new ArrayList<>()));
    Problem patientProblem = pick(random, true);
    Problem orderProblem = patientProblem == Problem.PEDIATRIC ? null : pick(random, false);
    double d = random.nextDouble();
    Disease disease =
        patientProblem == Problem.PEDIATRIC
            ? Disease.CP
            : d < 0.5 ? Disease.MS : d < 0.8 ? Disease.SCI : Disease.CP;
    boolean female =
        patientProblem == Problem.PREGNANCY
            || random.nextDouble() < (disease == Disease.MS ? 0.7 : 0.4);
    int age;
    if (patientProblem == Problem.PEDIATRIC) {
      age = 4 + random.nextInt(childBelow - 6);
    } else if (patientProblem == Problem.PREGNANCY) {
      age = 20 + random.nextInt(20);
    } else {
      age = 18 + random.nextInt(65);
    }
    LocalDate first = FIRST_DAY.plusDays(random.nextInt(300));
    LocalDate born = first.minusYears(age).minusDays(1 + random.nextInt(360));
    age = Period.between(born, first).getYears();
    BigDecimal weight =
        patientProblem == Problem.PEDIATRIC
            ? BigDecimal.valueOf(15 + random.nextInt(20))
            : BigDecimal.valueOf(50 + random.nextInt(60));

    lines.get("Patient").add(patientJson(id, born, female));
    lines
        .get("Condition")
        .add(
            conditionJson(
                id, id + "-c1", disease, random.nextInt(3), first.minusYears(2), "active"));
    if (random.nextDouble() < 0.15) {
      // an old, resolved seizure disorder: the checker must not see it
      lines
          .get("Condition")
          .add(conditionJson(id, id + "-c2", null, 0, first.minusYears(10), "resolved"));
    }
    // observations: weight, creatinine (adults), heart rate noise, pregnancy
    lines
        .get("Observation")
        .add(
            observation(
                id,
                id + "-o1",
                "29463-7",
                "Body weight",
                weight.toPlainString(),
                "kg",
                first.minusDays(3)));
    if (patientProblem != Problem.PEDIATRIC) {
      double target =
          patientProblem == Problem.RENAL
              ? 25 + random.nextInt(noReductionFrom.intValue() - 35)
              : noReductionFrom.intValue() + 10 + random.nextInt(50);
      // Cockcroft-Gault (REN-06) solved for the creatinine that gives the target clearance
      double scr = (140 - age) * weight.doubleValue() * (female ? 0.85 : 1.0) / (72 * target);
      BigDecimal mgDl = BigDecimal.valueOf(scr).setScale(2, RoundingMode.HALF_UP);
      if (patientProblem != Problem.RENAL && mgDl.compareTo(new BigDecimal("0.40")) < 0) {
        mgDl = new BigDecimal("0.40");
      }
      lines
          .get("Observation")
          .add(
              observation(
                  id,
                  id + "-o2",
                  "2160-0",
                  "Creatinine [Mass/volume] in Serum or Plasma",
                  mgDl.toPlainString(),
                  "mg/dL",
                  first.minusDays(3)));
    }
    lines
        .get("Observation")
        .add(
            observation(
                id,
                id + "-o3",
                "8867-4",
                "Heart rate",
                Integer.toString(60 + random.nextInt(30)),
                "/min",
                first.minusDays(3)));
    if (patientProblem == Problem.PREGNANCY) {
      lines.get("Observation").add(pregnancy(id, id + "-o4", first.minusDays(2)));
    }
    // co-medications
    if (random.nextDouble() < 0.4) {
      lines
          .get("MedicationRequest")
          .add(
              otherRequest(
                  id,
                  id + "-m1",
                  "atorvastatin 20 MG Oral Tablet",
                  "",
                  "active",
                  "atorvastatin 20 mg once daily",
                  first.minusMonths(6)));
    }
    if (random.nextDouble() < 0.3) {
      lines
          .get("MedicationStatement")
          .add(
              statement(
                  id,
                  id + "-s1",
                  "Vitamin D3 1000 UNT Oral Tablet",
                  "1000 units once daily",
                  first.minusMonths(3)));
    }
    if (patientProblem == Problem.INTERACTION) {
      lines
          .get("MedicationRequest")
          .add(
              otherRequest(
                  id,
                  id + "-m2",
                  "oxycodone 5 MG Oral Tablet",
                  "7804",
                  "active",
                  "oxycodone 5 mg every 6 hours as needed for pain",
                  first.minusMonths(1)));
    } else if (random.nextDouble() < 0.1) {
      // an old course of an opioid, finished: not a current co-medication
      lines
          .get("MedicationRequest")
          .add(
              otherRequest(
                  id,
                  id + "-m2",
                  "oxycodone 5 MG Oral Tablet",
                  "7804",
                  "completed",
                  "oxycodone 5 mg every 6 hours as needed for pain",
                  first.minusYears(1)));
    }
    if (random.nextDouble() < 0.1) {
      lines.get("AllergyIntolerance").add(allergy(id, id + "-a1"));
    }

    // the baclofen course
    int count = 1 + random.nextInt(4);
    if ((orderProblem == Problem.TITRATION_TOO_FAST || orderProblem == Problem.ABRUPT_STOP)
        && count < 2) {
      count = 2;
    }
    List<Rx> course = new ArrayList<>();
    LocalDate date = first;
    for (int k = 0; k < count; k++) {
      BigDecimal dose = startDoseMg.add(stepPerDoseMg.multiply(BigDecimal.valueOf(k)));
      if (dose.multiply(BigDecimal.valueOf(startTimes)).compareTo(upToDailyMg) > 0) {
        dose = upToDailyMg.divide(BigDecimal.valueOf(startTimes), 0, RoundingMode.DOWN);
      }
      course.add(new Rx(date, dose, startTimes, false, false));
      date = date.plusDays(intervalDays + 4 + random.nextInt(21));
    }
    int last = course.size() - 1;
    if (orderProblem == Problem.DOSE_ABOVE_MAX) {
      BigDecimal perDose =
          maxDailyMg.divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN).add(startDoseMg);
      Rx rx = course.get(last);
      course.set(last, new Rx(rx.date(), perDose, 4, false, false));
    } else if (orderProblem == Problem.TITRATION_TOO_FAST) {
      Rx before = course.get(last - 1);
      Rx rx = course.get(last);
      course.set(
          last,
          new Rx(
              before.date().plusDays(1 + random.nextInt(intervalDays - 1)),
              rx.doseMg(),
              rx.times(),
              false,
              false));
    } else if (orderProblem == Problem.ABRUPT_STOP) {
      course.add(new Rx(date, BigDecimal.ZERO, 0, true, false));
    } else if (orderProblem == Problem.INVALID_SIG) {
      Rx rx = course.get(last);
      course.set(last, new Rx(rx.date(), rx.doseMg(), rx.times(), false, true));
    }
    List<Truth> truth = new ArrayList<>();
    for (int k = 0; k < course.size(); k++) {
      Rx rx = course.get(k);
      String rxId = id + "-b" + (k + 1);
      boolean structured = random.nextDouble() < 0.5;
      lines
          .get("MedicationRequest")
          .add(
              baclofen(
                  id, rxId, rx, structured, k == course.size() - 1, disease, random.nextInt(3)));
      TreeSet<String> expected = new TreeSet<>();
      List<String> why = new ArrayList<>();
      int ageThen = Period.between(born, rx.date()).getYears();
      boolean isLast = k == course.size() - 1;
      if (ageThen >= elderlyFrom) {
        expected.add(AlertCode.CAUTION.name());
        why.add("age");
      }
      if (disease == Disease.CP && !rx.stop() && !rx.invalid()) {
        // IND-03-B: the US labels do not recommend baclofen for cerebral palsy (said of an order
        // that is read, not of a stop or of directions that cannot be read)
        expected.add(AlertCode.OFF_LABEL.name());
        why.add("cerebral-palsy");
      }
      if (patientProblem == Problem.PEDIATRIC) {
        expected.add(AlertCode.PEDIATRIC_LIMIT.name());
        why.add(Problem.PEDIATRIC.word);
      }
      if (patientProblem == Problem.PREGNANCY) {
        expected.add(AlertCode.PREGNANCY_LACTATION.name());
        why.add(Problem.PREGNANCY.word);
      }
      if (patientProblem == Problem.INTERACTION) {
        expected.add(AlertCode.INTERACTION.name());
        why.add(Problem.INTERACTION.word);
      }
      if (patientProblem == Problem.RENAL && !rx.stop() && !rx.invalid()) {
        expected.add(AlertCode.RENAL_ADJUST.name());
        why.add(Problem.RENAL.word);
      }
      if (isLast && orderProblem != null) {
        why.add(orderProblem.word);
        expected.add(
            switch (orderProblem) {
              case DOSE_ABOVE_MAX -> AlertCode.DOSE_ABOVE_MAX.name();
              case TITRATION_TOO_FAST -> AlertCode.TITRATION_TOO_FAST.name();
              case ABRUPT_STOP -> AlertCode.ABRUPT_STOP_RISK.name();
              case INVALID_SIG -> AlertCode.INVALID_ORDER.name();
              default -> throw new IllegalStateException(orderProblem.name());
            });
      }
      truth.add(
          new Truth(id, "MedicationRequest/" + rxId, rx.date(), expected, String.join(";", why)));
    }
    List<Problem> problems = new ArrayList<>();
    if (patientProblem != null) {
      problems.add(patientProblem);
    }
    if (orderProblem != null) {
      problems.add(orderProblem);
    }
    return new Drawn(lines, truth, problems);
  }

  private Problem pick(SplittableRandom random, boolean perPatient) {
    double u = random.nextDouble();
    double sum = 0;
    for (Problem p : Problem.values()) {
      if (p.perPatient() == perPatient) {
        sum += options.rate(p);
        if (u < sum) {
          return p;
        }
      }
    }
    return null;
  }

  // --- JSON lines, written by hand: every string here is the generator's own, with no quotes ---

  private static String patientJson(String id, LocalDate born, boolean female) {
    return "{\"resourceType\":\"Patient\",\"id\":\""
        + id
        + "\",\"meta\":{\"profile\":[\"http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient\"]},"
        + "\"name\":[{\"use\":\"official\",\"family\":\"Synthetic\",\"given\":[\""
        + id
        + "\"]}],"
        + "\"gender\":\""
        + (female ? "female" : "male")
        + "\",\"birthDate\":\""
        + born
        + "\"}";
  }

  private static String conditionJson(
      String patient, String id, Disease disease, int coding, LocalDate onset, String status) {
    String code;
    if (disease == null) {
      code =
          "{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"G40.909\",\"display\":\"Epilepsy, unspecified\"}],\"text\":\"Epilepsy\"}";
    } else {
      List<String> codings = new ArrayList<>();
      // 0: both codes, 1: ICD-10-CM only, 2: SNOMED CT only (where the vocabulary has one)
      if (coding != 2 || disease.snomed.isEmpty()) {
        codings.add(
            "{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\""
                + disease.icd10
                + "\",\"display\":\""
                + disease.text
                + "\"}");
      }
      if (coding != 1 && !disease.snomed.isEmpty()) {
        codings.add(
            "{\"system\":\"http://snomed.info/sct\",\"code\":\""
                + disease.snomed
                + "\",\"display\":\""
                + disease.text
                + " (disorder)\"}");
      }
      code = "{\"coding\":[" + String.join(",", codings) + "],\"text\":\"" + disease.text + "\"}";
    }
    return "{\"resourceType\":\"Condition\",\"id\":\""
        + id
        + "\","
        + "\"clinicalStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-clinical\",\"code\":\""
        + status
        + "\"}]},"
        + "\"verificationStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-ver-status\",\"code\":\"confirmed\"}]},"
        + "\"code\":"
        + code
        + ",\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"onsetDateTime\":\""
        + onset
        + "\"}";
  }

  private static String observation(
      String patient,
      String id,
      String loinc,
      String display,
      String value,
      String unit,
      LocalDate when) {
    return "{\"resourceType\":\"Observation\",\"id\":\""
        + id
        + "\",\"status\":\"final\","
        + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\""
        + loinc
        + "\",\"display\":\""
        + display
        + "\"}],\"text\":\""
        + display
        + "\"},"
        + "\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"effectiveDateTime\":\""
        + when
        + "T09:30:00Z\","
        + "\"valueQuantity\":{\"value\":"
        + value
        + ",\"unit\":\""
        + unit
        + "\",\"system\":\"http://unitsofmeasure.org\",\"code\":\""
        + unit
        + "\"}}";
  }

  private static String pregnancy(String patient, String id, LocalDate when) {
    return "{\"resourceType\":\"Observation\",\"id\":\""
        + id
        + "\",\"status\":\"final\","
        + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"82810-3\",\"display\":\"Pregnancy status\"}]},"
        + "\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"effectiveDateTime\":\""
        + when
        + "T10:00:00Z\","
        + "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"77386006\",\"display\":\"Pregnant\"}]}}";
  }

  private static String otherRequest(
      String patient,
      String id,
      String name,
      String rxnorm,
      String status,
      String sig,
      LocalDate when) {
    String coding =
        rxnorm.isEmpty()
            ? ""
            : "\"coding\":[{\"system\":\"" + RXNORM + "\",\"code\":\"" + rxnorm + "\"}],";
    return "{\"resourceType\":\"MedicationRequest\",\"id\":\""
        + id
        + "\",\"status\":\""
        + status
        + "\",\"intent\":\"order\","
        + "\"medicationCodeableConcept\":{"
        + coding
        + "\"text\":\""
        + name
        + "\"},"
        + "\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"authoredOn\":\""
        + when
        + "\","
        + "\"dosageInstruction\":[{\"text\":\""
        + sig
        + "\"}]}";
  }

  private static String statement(
      String patient, String id, String name, String sig, LocalDate when) {
    return "{\"resourceType\":\"MedicationStatement\",\"id\":\""
        + id
        + "\",\"status\":\"active\","
        + "\"medicationCodeableConcept\":{\"text\":\""
        + name
        + "\"},"
        + "\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"effectiveDateTime\":\""
        + when
        + "\","
        + "\"dosage\":[{\"text\":\""
        + sig
        + "\"}]}";
  }

  private static String allergy(String patient, String id) {
    return "{\"resourceType\":\"AllergyIntolerance\",\"id\":\""
        + id
        + "\","
        + "\"clinicalStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical\",\"code\":\"active\"}]},"
        + "\"code\":{\"coding\":[{\"system\":\""
        + RXNORM
        + "\",\"code\":\"7980\",\"display\":\"Penicillin G\"}],\"text\":\"penicillin\"},"
        + "\"patient\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"reaction\":[{\"manifestation\":[{\"text\":\"rash\"}]}]}";
  }

  private String baclofen(
      String patient,
      String id,
      Rx rx,
      boolean structured,
      boolean last,
      Disease disease,
      int naming) {
    String medication =
        switch (naming) {
          case 0 ->
              "{\"coding\":[{\"system\":\""
                  + RXNORM
                  + "\",\"code\":\"1292\",\"display\":\"baclofen\"}],\"text\":\"baclofen\"}";
          case 1 ->
              "{\"text\":\"Baclofen "
                  + rx.doseMg().max(startDoseMg).toPlainString()
                  + " MG Oral Tablet\"}";
          default -> "{\"coding\":[{\"system\":\"" + RXNORM + "\",\"code\":\"1292\"}]}";
        };
    String dosage;
    if (rx.stop()) {
      dosage = "[{\"text\":\"stop baclofen\"}]";
    } else if (rx.invalid()) {
      dosage = "[{\"text\":\"take as directed\"}]";
    } else if (structured) {
      dosage =
          "[{\"text\":\""
              + rx.doseMg().toPlainString()
              + " mg by mouth "
              + rx.times()
              + " times a day\","
              + "\"timing\":{\"repeat\":{\"frequency\":"
              + rx.times()
              + ",\"period\":1,\"periodUnit\":\"d\"}},"
              + "\"route\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"26643006\",\"display\":\"Oral route\"}]},"
              + "\"doseAndRate\":[{\"doseQuantity\":{\"value\":"
              + rx.doseMg().toPlainString()
              + ",\"unit\":\"mg\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg\"}}]}]";
    } else {
      String times =
          switch (rx.times()) {
            case 1 -> "daily";
            case 2 -> "bid";
            case 3 -> "tid";
            default -> "qid";
          };
      dosage = "[{\"text\":\"" + rx.doseMg().toPlainString() + " mg po " + times + "\"}]";
    }
    String status = rx.stop() ? "active" : last ? "active" : "completed";
    return "{\"resourceType\":\"MedicationRequest\",\"id\":\""
        + id
        + "\",\"status\":\""
        + status
        + "\",\"intent\":\"order\","
        + (rx.stop() ? "\"doNotPerform\":true," : "")
        + "\"medicationCodeableConcept\":"
        + medication
        + ","
        + "\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"authoredOn\":\""
        + rx.date()
        + "\","
        + "\"reasonCode\":[{\"text\":\""
        + disease.text.toLowerCase(Locale.ROOT)
        + "\"}],"
        + "\"dosageInstruction\":"
        + dosage
        + "}";
  }
}
