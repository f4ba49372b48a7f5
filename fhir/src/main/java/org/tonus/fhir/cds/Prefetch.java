package org.tonus.fhir.cds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefetch templates Tonus asks for, by key; {@code {{context.patientId}}} is replaced with the
 * patient's id. The same queries are made to the FHIR server for keys the client did not prefetch.
 */
final class Prefetch {
  static final String PATIENT = "patient";
  static final String CONDITIONS = "conditions";
  static final String MEDICATIONS = "medications";
  static final String STATEMENTS = "medicationStatements";
  static final String ALLERGIES = "allergies";
  static final String CREATININE = "serumCreatinine";
  static final String CLEARANCE = "creatinineClearance";
  static final String WEIGHT = "bodyWeight";
  static final String PREGNANCY = "pregnancyStatus";

  static final Map<String, String> TEMPLATES = templates();

  private Prefetch() {}

  private static Map<String, String> templates() {
    String patient = "{{context.patientId}}";
    Map<String, String> templates = new LinkedHashMap<>();
    templates.put(PATIENT, "Patient/" + patient);
    templates.put(CONDITIONS, "Condition?patient=" + patient + "&clinical-status=active");
    templates.put(MEDICATIONS, "MedicationRequest?patient=" + patient + "&status=active");
    templates.put(STATEMENTS, "MedicationStatement?patient=" + patient + "&status=active");
    templates.put(ALLERGIES, "AllergyIntolerance?patient=" + patient);
    templates.put(CREATININE, latest(patient, "2160-0"));
    templates.put(CLEARANCE, latest(patient, "2164-2"));
    templates.put(WEIGHT, latest(patient, "29463-7"));
    templates.put(PREGNANCY, latest(patient, "82810-3"));
    return java.util.Collections.unmodifiableMap(templates);
  }

  private static String latest(String patient, String loinc) {
    return "Observation?patient="
        + patient
        + "&code=http://loinc.org|"
        + loinc
        + "&_sort=-date&_count=1";
  }

  /** The query of {@code key} for this patient. */
  static String query(String key, String patientId) {
    return TEMPLATES.get(key).replace("{{context.patientId}}", patientId);
  }
}
