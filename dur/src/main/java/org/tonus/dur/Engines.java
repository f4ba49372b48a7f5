package org.tonus.dur;

import org.tonus.core.check.Checker;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.fhir.lean.LeanIntake;

/**
 * The bundled knowledge, checker and lean intake, built once per JVM (driver or executor) on first
 * use and never changed: Spark tasks share them instead of shipping them.
 */
final class Engines {
  private Engines() {}

  /** Initialised on first use by the JVM's class initialisation, which is thread-safe. */
  private static final class Loaded {
    static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled();
    static final Checker CHECKER = new Checker(KNOWLEDGE);
    static final LeanIntake INTAKE = new LeanIntake(KNOWLEDGE);
  }

  static Knowledge knowledge() {
    return Loaded.KNOWLEDGE;
  }

  static Checker checker() {
    return Loaded.CHECKER;
  }

  static PatientScreen screen(Jurisdiction jurisdiction) {
    return new PatientScreen(Loaded.CHECKER, Loaded.INTAKE, jurisdiction);
  }
}
