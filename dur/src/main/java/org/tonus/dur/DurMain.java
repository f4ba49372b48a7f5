package org.tonus.dur;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.tonus.core.knowledge.Jurisdiction;

/**
 * The entry point of {@code tonus synth} and {@code tonus dur} (the launcher runs them from this
 * module's jar, apart from the app, with Spark on the class path) and of {@code spark-submit}:
 *
 * <pre>
 * synth --patients N --seed S --out DIR [--gzip] [--rate PROBLEM=FRACTION]...
 * dur --in DIR --out DIR [--master local[*]] [--jurisdiction US|UK]
 * </pre>
 *
 * Exit 0 done, 2 bad arguments or input.
 */
public final class DurMain {
  private DurMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help")) {
      usage();
      return args.length == 0 ? 2 : 0;
    }
    try {
      Map<String, List<String>> options = options(args);
      return switch (args[0]) {
        case "synth" -> synth(options);
        case "dur" -> dur(options);
        default -> throw new IllegalArgumentException("unknown command " + args[0]);
      };
    } catch (IllegalArgumentException e) {
      System.err.println("tonus: " + e.getMessage());
      usage();
      return 2;
    } catch (IOException e) {
      System.err.println("tonus: " + e.getMessage());
      return 2;
    } catch (java.io.UncheckedIOException e) {
      // an input directory that cannot be listed or read: bad input, not a crash
      System.err.println("tonus: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 2;
    }
  }

  private static void usage() {
    System.err.println(
        "usage: tonus synth --patients N --seed S --out DIR [--gzip] [--rate PROBLEM=FRACTION]...\n"
            + "       tonus dur --in DIR --out DIR [--master local[*]] [--jurisdiction US|UK]\n"
            + "problems: "
            + String.join(", ", Synth.Problem.words()));
  }

  private static Map<String, List<String>> options(String[] args) {
    Map<String, List<String>> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--")) {
        throw new IllegalArgumentException("expected an option, got " + name);
      }
      if (name.equals("--gzip")) {
        options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      options.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
    }
    return options;
  }

  private static String one(Map<String, List<String>> options, String name, String fallback) {
    List<String> values = options.getOrDefault(name, List.of());
    if (values.isEmpty()) {
      if (fallback == null) {
        throw new IllegalArgumentException(name + " is required");
      }
      return fallback;
    }
    return values.get(values.size() - 1);
  }

  private static long number(Map<String, List<String>> options, String name, String fallback) {
    String value = one(options, name, fallback);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " " + value + " is not a whole number");
    }
  }

  private static int synth(Map<String, List<String>> options) throws IOException {
    Map<Synth.Problem, Double> rates = new EnumMap<>(Synth.Problem.class);
    for (String rate : options.getOrDefault("--rate", List.of())) {
      String[] parts = rate.split("=", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("--rate " + rate + " is not PROBLEM=FRACTION");
      }
      try {
        rates.put(Synth.Problem.of(parts[0]), Double.parseDouble(parts[1]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--rate " + rate + ": " + parts[1] + " is not a number");
      }
    }
    Synth.Options o =
        new Synth.Options(
            number(options, "--patients", null),
            number(options, "--seed", "1"),
            options.containsKey("--gzip"),
            rates);
    Path out = Path.of(one(options, "--out", null));
    long started = System.nanoTime();
    Synth.Written written = Synth.write(Engines.knowledge(), o, out);
    System.err.printf(
        Locale.ROOT,
        "tonus synth: %d patients, %d baclofen prescriptions, injected %s, in %.1f s; wrote %s%n",
        written.patients(),
        written.prescriptions(),
        written.injected(),
        (System.nanoTime() - started) / 1e9,
        out);
    return 0;
  }

  private static int dur(Map<String, List<String>> options) {
    String in = one(options, "--in", null);
    String out = one(options, "--out", null);
    String jurisdictionWord = one(options, "--jurisdiction", "US").toUpperCase(Locale.ROOT);
    Jurisdiction jurisdiction;
    try {
      jurisdiction = Jurisdiction.valueOf(jurisdictionWord);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--jurisdiction " + jurisdictionWord + " is not US or UK");
    }
    SparkSession.Builder builder = SparkSession.builder().appName("tonus-dur");
    // spark-submit sets the master; a plain java launch runs locally unless told otherwise
    if (options.containsKey("--master") || System.getProperty("spark.master") == null) {
      builder = builder.master(one(options, "--master", "local[*]"));
    }
    SparkSession spark = builder.config("spark.ui.enabled", "false").getOrCreate();
    try {
      DurJob.run(spark, in, out, jurisdiction, System.err);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
