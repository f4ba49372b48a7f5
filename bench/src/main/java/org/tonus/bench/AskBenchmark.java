package org.tonus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.search.AskResult;
import org.tonus.search.Asker;

/**
 * Ask (issue 7): the latency of one question, sampled over the whole hand-written question set of
 * the search module's tests (answerable and unanswerable, in file order, round robin). Target: a
 * median under 2 ms. Read the p0.50 line of the sample-time output. Run from the repository root,
 * or pass {@code -p questions=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AskBenchmark {
  @Param("search/src/test/resources/ask/questions.yaml")
  public String questions;

  private Asker asker;
  private final List<String> texts = new ArrayList<>();
  private final List<Jurisdiction> jurisdictions = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() {
    asker = new Asker(KnowledgeLoader.loadBundled());
    try {
      JsonNode file =
          new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of(questions)));
      for (JsonNode question : file.get("questions")) {
        texts.add(question.get("question").asText());
        jurisdictions.add(Jurisdiction.valueOf(question.get("jurisdiction").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the question set " + questions, e);
    }
  }

  @Benchmark
  public AskResult ask() {
    int i = next;
    next = (i + 1) % texts.size();
    return asker.ask(texts.get(i), jurisdictions.get(i));
  }
}
