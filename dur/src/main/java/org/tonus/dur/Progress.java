package org.tonus.dur;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Prints the job's progress while it runs: each stage as it starts and ends, and its finished tasks
 * at most every two seconds. Spark calls a listener from one thread.
 */
final class Progress extends SparkListener {
  private static final long EVERY_NANOS = 2_000_000_000L;

  private final PrintStream log;
  private final long started = System.nanoTime();
  private final Map<Integer, int[]> tasks = new HashMap<>();
  private long printed;

  Progress(PrintStream log) {
    this.log = log;
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    int id = submitted.stageInfo().stageId();
    int total = submitted.stageInfo().numTasks();
    tasks.put(id, new int[] {0, total});
    log.printf("[dur %5.1fs] stage %d started: %d tasks%n", seconds(), id, total);
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    int[] done = tasks.get(end.stageId());
    if (done == null) {
      return;
    }
    done[0]++;
    long now = System.nanoTime();
    if (now - printed > EVERY_NANOS) {
      printed = now;
      log.printf(
          "[dur %5.1fs] stage %d: %d/%d tasks%n", seconds(), end.stageId(), done[0], done[1]);
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    int id = completed.stageInfo().stageId();
    tasks.remove(id);
    log.printf("[dur %5.1fs] stage %d done%n", seconds(), id);
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
