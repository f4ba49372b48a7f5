package org.tonus.dur;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * The population review's benchmark (not a test): on one synthetic export, the time to screen it
 * with the plain single-threaded loop (the baseline) and with the Spark job in each master given,
 * in the same run, after one uncounted warm-up pass: two rounds, the second in reverse order, so
 * that warm-up and the shared machine's load weigh on every configuration alike; the best of the
 * two is reported with its ratio to the baseline. Bounded by the population size. Usage: {@code
 * DurBench DIR PATIENTS SEED MASTER...}.
 */
public final class DurBench {
  private DurBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long patients = Long.parseLong(args[1]);
    long seed = Long.parseLong(args[2]);
    Path export = dir.resolve("export");
    long t0 = System.nanoTime();
    Synth.write(Engines.knowledge(), new Synth.Options(patients, seed, false, Map.of()), export);
    System.out.printf(
        Locale.ROOT, "synth: %d patients in %.1f s%n", patients, (System.nanoTime() - t0) / 1e9);
    // warm-up, not counted: the first pass over an export runs the checker cold (JIT)
    double cold = plain(export);
    System.out.printf(Locale.ROOT, "warm-up (plain, not counted): %.1f s%n", cold);
    List<String> order = new ArrayList<>();
    order.add("plain");
    order.addAll(List.of(args).subList(3, args.length));
    List<String> rounds = new ArrayList<>(order);
    Collections.reverse(order);
    rounds.addAll(order);
    Map<String, Double> best = new LinkedHashMap<>();
    for (String run : rounds) {
      double seconds = run.equals("plain") ? plain(export) : spark(run, export, dir);
      System.out.printf(
          Locale.ROOT,
          "%s: %.1f s, %.0f patients/s (load %.1f)%n",
          run,
          seconds,
          patients / seconds,
          load());
      best.merge(run, seconds, Math::min);
    }
    double baseline = best.get("plain");
    for (Map.Entry<String, Double> e : best.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "best %s: %.1f s, %.0f patients/s, %.2f x the plain loop%n",
          e.getKey(),
          e.getValue(),
          patients / e.getValue(),
          baseline / e.getValue());
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double plain(Path export) {
    long t0 = System.nanoTime();
    PlainReview.run(export, Jurisdiction.US, a -> {});
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double spark(String master, Path export, Path dir) {
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("tonus-dur-bench")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    try {
      long t0 = System.nanoTime();
      DurJob.run(
          spark,
          export.toString(),
          dir.resolve("out").toString(),
          Jurisdiction.US,
          new PrintStream(OutputStream.nullOutputStream()));
      return (System.nanoTime() - t0) / 1e9;
    } finally {
      spark.stop();
    }
  }
}
