package org.tonus.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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

  /**
   * The same operations timed by the CPU time of the measuring thread rather than the wall clock,
   * for a machine shared with other work (a loaded machine stretches wall-clock throughput but not
   * the CPU a check needs): {@code java -cp bench/target/benchmarks.jar
   * org.tonus.bench.CheckBenchmark [seconds]}. Prints the median of five rounds, after two warm-up
   * rounds, of checks per CPU-second.
   */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    CheckBenchmark benchmark = new CheckBenchmark();
    benchmark.setUp();
    cpuTime("checkStructuredRequest", benchmark::checkStructuredRequest, seconds);
    cpuTime("checkFromJsonText", benchmark::checkFromJsonText, seconds);
    cpuTime(
        "checkStructuredRequestParsingEverySig",
        benchmark::checkStructuredRequestParsingEverySig,
        seconds);
    cpuTime(
        "checkFromJsonTextParsingEverySig", benchmark::checkFromJsonTextParsingEverySig, seconds);
    cpuTime(
        "readJsonTextOnly",
        () -> CheckRequestReader.read(JsonRequest.parse(benchmark.requestJson), TODAY),
        seconds);
    cpuTime(
        "baselineHapiParsesTheSamePatientAsFhir",
        benchmark::baselineHapiParsesTheSamePatientAsFhir,
        seconds);
  }

  private static void cpuTime(String name, Supplier<Object> operation, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long budget = (long) (seconds * 1e9);
    Object last = null;
    for (int warmUp = 0; warmUp < 2; warmUp++) {
      long start = threads.getCurrentThreadCpuTime();
      while (threads.getCurrentThreadCpuTime() - start < budget) {
        for (int i = 0; i < 100; i++) {
          last = operation.get();
        }
      }
    }
    double[] rates = new double[5];
    for (int round = 0; round < rates.length; round++) {
      long count = 0;
      long start = threads.getCurrentThreadCpuTime();
      long now;
      while ((now = threads.getCurrentThreadCpuTime()) - start < budget / 2) {
        for (int i = 0; i < 100; i++) {
          last = operation.get();
        }
        count += 100;
      }
      rates[round] = count / ((now - start) / 1e9);
    }
    Arrays.sort(rates);
    System.out.printf(
        Locale.ROOT,
        "%-40s %,12.0f ops/CPU-s (%,.0f to %,.0f) %8.2f us%s%n",
        name,
        rates[2],
        rates[0],
        rates[4],
        1e6 / rates[2],
        last == null ? " (no result)" : "");
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
