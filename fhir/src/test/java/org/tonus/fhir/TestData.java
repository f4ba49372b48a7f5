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
public final class TestData {
  public static final FhirContext FHIR = FhirContext.forR4Cached();
  public static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
  public static final Checker CHECKER = new Checker(KNOWLEDGE);
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private TestData() {}

  public static String resource(String path) {
    try (InputStream in = TestData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
