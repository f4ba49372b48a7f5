package org.tonus.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.tonus.core.knowledge.Jurisdiction;

/** The hand-written patient questions of {@code ask/questions.yaml}. */
final class QuestionSet {
  /** One question and what Ask should do with it: name its section, or say it does not know. */
  record Case(
      String question,
      Jurisdiction jurisdiction,
      Optional<String> section,
      boolean unanswerable,
      boolean typo) {
    Case {
      if (section.isPresent() == unanswerable) {
        throw new IllegalArgumentException(
            "question '" + question + "' needs either a section or unanswerable: true");
      }
    }

    @Override
    public String toString() {
      return jurisdiction + ": " + question;
    }
  }

  private record Raw(
      String question,
      Jurisdiction jurisdiction,
      String section,
      boolean unanswerable,
      boolean typo) {}

  private record File(List<Raw> questions) {}

  private QuestionSet() {}

  static List<Case> load() {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream stream = QuestionSet.class.getResourceAsStream("/ask/questions.yaml")) {
      return yaml.readValue(stream, File.class).questions().stream()
          .map(
              raw ->
                  new Case(
                      raw.question(),
                      raw.jurisdiction(),
                      Optional.ofNullable(raw.section()),
                      raw.unanswerable(),
                      raw.typo()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ask/questions.yaml", e);
    }
  }
}
