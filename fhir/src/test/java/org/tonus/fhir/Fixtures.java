package org.tonus.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.tonus.core.check.Checker;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;

/** What the tests share: one FhirContext, one knowledge, one checker, and the test resources. */
final class Fixtures {
  static final FhirContext FHIR = FhirContext.forR4Cached();
  static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  static final Checker CHECKER = new Checker(KNOWLEDGE);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private Fixtures() {}

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
