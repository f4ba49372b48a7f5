package org.tonus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The sig texts of the parser's hand-written corpus, the realistic mix the benchmark parses. */
final class SigCorpus {
  private SigCorpus() {}

  static String[] load() {
    try (InputStream in = SigCorpus.class.getResourceAsStream("/sig/sigs.yaml")) {
      if (in == null) {
        throw new IllegalStateException("sig/sigs.yaml is not on the benchmark's classpath");
      }
      List<String> sigs = new ArrayList<>();
      for (JsonNode entry : new YAMLMapper().readTree(in)) {
        sigs.add(entry.get("sig").asText());
      }
      return sigs.toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
