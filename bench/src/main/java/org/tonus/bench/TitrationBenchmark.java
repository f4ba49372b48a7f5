package org.tonus.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.patient.Patient;
import org.tonus.core.plan.TitrationOutcome;
import org.tonus.core.plan.TitrationPlanner;
import org.tonus.core.plan.TitrationRequest;

/**
 * Time to plan a titration of about 30 days (target: under 20 µs): a US adult from 5 mg three times
 * a day to the 80 mg maximum, in real tablets. Baseline: listing the plan's 30 calendar days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TitrationBenchmark {
  private static final LocalDate START = LocalDate.of(2026, 11, 23);

  private TitrationPlanner planner;
  private TitrationRequest request;

  @Setup
  public void setUp() {
    planner = new TitrationPlanner(KnowledgeLoader.loadBundled());
    request = TitrationRequest.of(Jurisdiction.US, Patient.aged(45).withWeightKg("70"), START);
  }

  @Benchmark
  public TitrationOutcome titrateToTheMaximum() {
    return planner.titrate(request);
  }

  @Benchmark
  public List<LocalDate> baselineThirtyCalendarDays() {
    List<LocalDate> days = new ArrayList<>(30);
    for (int day = 0; day < 30; day++) {
      days.add(START.plusDays(day));
    }
    return days;
  }
}
