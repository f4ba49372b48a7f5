package org.tonus.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tonus.app.request.CheckRequestReader;
import org.tonus.app.request.JsonRequest;
import org.tonus.core.check.CheckRequest;
import org.tonus.core.check.CheckResult;
import org.tonus.core.check.Checker;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;

/**
 * The order check of issue 4 on a 67-year-old with reduced kidney function, 10 co-medications and 5
 * conditions: from the structured request (target 1,000,000 checks a second) and from the raw JSON
 * text (target 100,000 a second). Baseline: HAPI FHIR parsing the same patient, conditions,
 * medicines and orders as an R4 Bundle, the cost every health-record integration already pays. The
 * checker remembers parsed sigs (medication lists repeat across patients), so the plain benchmarks
 * measure a checker that has seen these sigs before; the "parsing every sig" ones measure one that
 * parses all 12 sigs on every check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CheckBenchmark {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private Checker checker;
  private Checker checkerParsingEverySig;
  private String requestJson;
  private CheckRequest request;
  private IParser fhirJson;
  private String bundleJson;

  @Setup
  public void setUp() {
    Knowledge knowledge = KnowledgeLoader.loadBundled();
    checker = new Checker(knowledge);
    checkerParsingEverySig = new Checker(knowledge, 0);
    requestJson = resource("/check/request.json");
    request = CheckRequestReader.read(JsonRequest.parse(requestJson), TODAY);
    fhirJson = FhirContext.forR4().newJsonParser();
    bundleJson = resource("/check/patient-bundle.json");
    fhirJson.parseResource(Bundle.class, bundleJson);
  }

  @Benchmark
  public CheckResult checkStructuredRequest() {
    return checker.check(request);
  }

  @Benchmark
  public CheckResult checkFromJsonText() {
    return checker.check(CheckRequestReader.read(JsonRequest.parse(requestJson), TODAY));
  }

  /** The same check when none of the request's 12 sigs was seen before: the parser's full cost. */
  @Benchmark
  public CheckResult checkStructuredRequestParsingEverySig() {
    return checkerParsingEverySig.check(request);
  }

  @Benchmark
  public CheckResult checkFromJsonTextParsingEverySig() {
    return checkerParsingEverySig.check(
        CheckRequestReader.read(JsonRequest.parse(requestJson), TODAY));
  }

  @Benchmark
  public Bundle baselineHapiParsesTheSamePatientAsFhir() {
    return fhirJson.parseResource(Bundle.class, bundleJson);
  }

  private static String resource(String name) {
    try (InputStream in = CheckBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the benchmark's classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
