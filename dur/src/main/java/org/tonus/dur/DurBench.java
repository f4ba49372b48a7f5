package org.tonus.dur;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * The population review's benchmark (not a test): on one synthetic export, patients screened per
 * second by the plain single-threaded loop (the baseline), then by the Spark job in each master
 * given, in the same run; prints one line per measure with its ratio to the baseline. Bounded by
 * the population size. Usage: {@code DurBench DIR PATIENTS SEED MASTER...}.
 */
public final class DurBench {
  private DurBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long patients = Long.parseLong(args[1]);
    long seed = Long.parseLong(args[2]);
    List<String> masters = new ArrayList<>(List.of(args).subList(3, args.length));
    Path export = dir.resolve("export");
    long t0 = System.nanoTime();
    Synth.write(Engines.knowledge(), new Synth.Options(patients, seed, false, Map.of()), export);
    System.out.printf(
        Locale.ROOT, "synth: %d patients in %.1f s%n", patients, (System.nanoTime() - t0) / 1e9);
    Engines.checker();
    long[] alerts = {0};
    t0 = System.nanoTime();
    PlainReview.run(export, Jurisdiction.US, a -> alerts[0]++);
    double plain = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "plain loop (1 thread): %.1f s, %.0f patients/s, %d alerts (baseline 1.00)%n",
        plain,
        patients / plain,
        alerts[0]);
    for (String master : masters) {
      SparkSession spark =
          SparkSession.builder()
              .master(master)
              .appName("tonus-dur-bench")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      try {
        t0 = System.nanoTime();
        DurJob.Outcome outcome =
            DurJob.run(
                spark,
                export.toString(),
                dir.resolve("out-" + master.replaceAll("[^a-z0-9]", "")).toString(),
                Jurisdiction.US,
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "spark %s: %.1f s, %.0f patients/s, %d alerts (%.2f x the plain loop)%n",
            master,
            seconds,
            patients / seconds,
            outcome.alerts(),
            plain / seconds);
      } finally {
        spark.stop();
      }
    }
    System.out.println(
        "load average: "
            + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
  }
}
