package org.tonus.bench;

import java.util.Locale;
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
import org.tonus.core.sig.SigParse;
import org.tonus.core.sig.SigParser;

/**
 * Sig parsing throughput on one core over the whole corpus (target: 1,000,000 sigs a second).
 * Baseline: lower-casing and splitting the same texts on spaces, the least any parser must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SigParsingBenchmark {
  private String[] sigs;
  private SigParser parser;
  private int next;

  @Setup
  public void setUp() {
    sigs = SigCorpus.load();
    parser = new SigParser(KnowledgeLoader.loadBundled(), Jurisdiction.US);
  }

  /** One sig per call, walking the corpus in order, so the score is sigs a second. */
  @Benchmark
  public SigParse parse() {
    return parser.parse(nextSig());
  }

  @Benchmark
  public String[] baselineLowerCaseAndSplit() {
    return nextSig().toLowerCase(Locale.ROOT).split(" ");
  }

  private String nextSig() {
    String sig = sigs[next];
    next = next + 1 == sigs.length ? 0 : next + 1;
    return sig;
  }
}
