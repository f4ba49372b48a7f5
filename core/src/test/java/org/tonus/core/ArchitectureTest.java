package org.tonus.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core stays pure: it reads its pack and otherwise does no I/O and knows no adapter. */
@AnalyzeClasses(packages = "org.tonus.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreKnowsNoAdapter =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.tonus.app..", "picocli..", "io.javalin..", "org.hl7..", "java.sql..");

  @ArchTest
  static final ArchRule onlyThePackReaderTouchesFiles =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.tonus.core.knowledge.PackFiles")
          .and()
          .doNotHaveFullyQualifiedName("org.tonus.core.knowledge.KnowledgeLoader")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.nio.file..", "java.net..");

  @ArchTest
  static final ArchRule coreNeitherPrintsNorReadsTheClock =
      noClasses()
          .should()
          .accessClassesThat()
          .haveFullyQualifiedName("java.lang.System")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.Instant.class, "now");
}
