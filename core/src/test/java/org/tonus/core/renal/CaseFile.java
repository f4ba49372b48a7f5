package org.tonus.core.renal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.patient.Patient;
import org.tonus.core.patient.Sex;

/** Reads a YAML file of worked clinical cases from the test resources, and their patients. */
public final class CaseFile {
  private static final YAMLMapper YAML = new YAMLMapper();

  private CaseFile() {}

  /** One argument pair (name, case node) per entry under {@code cases:}. */
  public static Stream<Arguments> cases(String resource) {
    try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      JsonNode root = YAML.readTree(in);
      List<Arguments> out = new ArrayList<>();
      root.get("cases").forEach(c -> out.add(Arguments.of(c.get("name").asText(), c)));
      return out.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Jurisdiction jurisdiction(JsonNode node) {
    return Jurisdiction.valueOf(node.get("jurisdiction").asText());
  }

  public static Patient patient(JsonNode node) {
    Patient patient = Patient.aged(node.get("ageYears").asInt());
    if (node.has("weightKg")) {
      patient = patient.withWeightKg(node.get("weightKg").asText());
    }
    if (node.has("sex")) {
      patient = patient.withSex(Sex.valueOf(node.get("sex").asText().toUpperCase(Locale.ROOT)));
    }
    if (node.has("serumCreatinineMgDl")) {
      patient = patient.withSerumCreatinineMgDl(node.get("serumCreatinineMgDl").asText());
    }
    if (node.has("creatinineClearanceMlMin")) {
      patient = patient.withCreatinineClearanceMlMin(node.get("creatinineClearanceMlMin").asText());
    }
    if (node.path("dialysis").asBoolean(false)) {
      patient = patient.withDialysis(true);
    }
    if (node.path("hospitalInpatient").asBoolean(false)) {
      patient = patient.withHospitalInpatient(true);
    }
    return patient;
  }

  public static Optional<BigDecimal> decimal(JsonNode node, String field) {
    return node.has(field)
        ? Optional.of(new BigDecimal(node.get(field).asText()))
        : Optional.empty();
  }

  public static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(n -> out.add(n.asText()));
    return out;
  }
}
