package org.tonus.dur;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongBiFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.fhir.lean.Lean;
import scala.Tuple2;

/**
 * The population review on Spark: reads every NDJSON file of a bulk export (gzip too) line by line
 * into lean records, groups them by patient, screens each patient's baclofen prescriptions with the
 * core checker and writes the alerts (Parquet and CSV), the summary JSON and the HTML report. A
 * malformed line is kept with its file and line number until it is counted: it is keyed apart from
 * the patients and travels through the same grouping, so none is lost. When the export has
 * Medication files, the rows that name a Medication by reference are joined with it by its id
 * before the grouping (a second pass over the MedicationRequest and MedicationStatement files picks
 * them out; the first pass leaves them out), and reach their patient carrying its line.
 */
public final class DurJob {
  /** Malformed lines are spread over this many keys per file, so no one group holds them all. */
  private static final int MALFORMED_KEYS = 16;

  private DurJob() {}

  /** What the job wrote and counted. */
  public record Outcome(
      long patients,
      long prescriptions,
      long alerts,
      long malformed,
      long unreadable,
      long millis) {}

  public static Outcome run(
      SparkSession spark, String in, String out, Jurisdiction jurisdiction, PrintStream log) {
    long started = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Progress progress = new Progress(log);
    spark.sparkContext().addSparkListener(progress);
    try {
      List<InputFile> files = list(jsc.hadoopConfiguration(), in);
      if (files.isEmpty()) {
        throw new IllegalArgumentException(
            in + " has no NDJSON files of the types read (" + LineReader.TYPES + ")");
      }
      log.printf(
          "[dur] %d files: %s%n", files.size(), files.stream().map(InputFile::name).toList());
      // Lines are placed by (file rank, split, offset in the split) as they are read; each split's
      // line count goes to the driver, which numbers the malformed lines at the end, so no file is
      // read twice. A split may be counted again if Spark reruns it: the same count, kept once.
      CollectionAccumulator<long[]> splitLines =
          spark.sparkContext().collectionAccumulator("lines per split");
      TallyAccumulator tallies = new TallyAccumulator();
      spark.sparkContext().register(tallies, "tally");
      // The shuffle carries each line's text (with its place) and the reducer reads it again:
      // re-reading a line costs less than Java-deserialising its lean record (about 7 against
      // 26 µs a line, docs/performance.md).
      boolean join = files.stream().anyMatch(f -> f.type().equals(LineReader.MEDICATION));
      JavaPairRDD<String, String> pairs = null;
      JavaPairRDD<String, Tuple2<String, String>> references = null;
      JavaPairRDD<String, String> medications = null;
      for (InputFile file : files) {
        boolean medication = file.type().equals(LineReader.MEDICATION);
        // with Medications in the export, the rows naming one by reference leave this pass for
        // the join below (a second, cheap pass over the medicine files picks them out)
        Mode mode = medication ? Mode.MEDICATIONS : join ? Mode.ALL_BUT_REFERENCES : Mode.ALL;
        JavaPairRDD<String, String> one =
            JavaPairRDD.fromJavaRDD(
                jsc.textFile(file.path())
                    .mapPartitionsWithIndex(
                        (split, lines) -> new Placing(file, split, lines, splitLines, mode), true)
                    .filter(t -> t != null));
        if (medication) {
          medications = medications == null ? one : medications.union(one);
        } else {
          pairs = pairs == null ? one : pairs.union(one);
        }
        if (join && !medication && file.type().startsWith(LineReader.MEDICATION)) {
          JavaPairRDD<String, Tuple2<String, String>> named =
              JavaPairRDD.fromJavaRDD(
                  jsc.textFile(file.path())
                      .mapPartitionsWithIndex(
                          (split, lines) -> new Naming(file, split, lines), true)
                      .filter(t -> t != null));
          references = references == null ? named : references.union(named);
        }
      }
      int partitions =
          Math.max(pairs == null ? 1 : pairs.getNumPartitions(), jsc.defaultParallelism() * 4);
      if (join) {
        JavaPairRDD<String, String> resolved =
            references == null
                ? medications.filter(t -> t._1().startsWith("\u0000"))
                : references.cogroup(medications, partitions).flatMapToPair(DurJob::resolve);
        pairs = pairs == null ? resolved : pairs.union(resolved);
      }
      Map<String, String> conf = new HashMap<>();
      jsc.hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
      String csvParts = out + "/alerts-csv";
      clear(jsc.hadoopConfiguration(), csvParts); // no part of an earlier run may be joined
      // One pass: each screening task writes its CSV part and adds its counts as it returns its
      // rows to the Parquet writer (no cached rows, no second read of the Parquet).
      JavaRDD<Row> rows =
          pairs
              .groupByKey(partitions)
              .mapPartitions(
                  groups -> {
                    PatientScreen screen = Engines.screen(jurisdiction);
                    Tally tally = new Tally();
                    List<AlertRow> found = new ArrayList<>();
                    while (groups.hasNext()) {
                      screenGroup(screen, files, groups.next(), tally, found);
                    }
                    writePart(conf, csvParts, found);
                    tallies.add(tally);
                    return found.stream().map(a -> RowFactory.create(a.values())).iterator();
                  });
      StructType schema = new StructType();
      for (String column : AlertRow.COLUMNS) {
        schema = schema.add(column, DataTypes.StringType, false);
      }
      Dataset<Row> alerts = spark.createDataFrame(rows, schema);
      log.println("[dur] screening and writing alerts.parquet and the CSV parts");
      alerts.write().mode(SaveMode.Overwrite).parquet(out + "/alerts.parquet");
      log.println("[dur] joining the CSV parts into alerts.csv");
      joinCsv(jsc.hadoopConfiguration(), out);
      Tally tally = tallies.value();
      tally.numberMalformed(firstLines(splitLines.value()));
      long millis = (System.nanoTime() - started) / 1_000_000;
      Reports.write(jsc.hadoopConfiguration(), out, tally, jurisdiction, files, millis);
      log.printf(
          "[dur] %d patients, %d prescriptions, %d alerts, %d malformed lines, %d unreadable"
              + " prescriptions in %.1f s; wrote %s%n",
          tally.patients,
          tally.prescriptions,
          tally.alerts,
          tally.malformed(),
          tally.unreadable,
          millis / 1000.0,
          out);
      return new Outcome(
          tally.patients,
          tally.prescriptions,
          tally.alerts,
          tally.malformed(),
          tally.unreadable,
          millis);
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
  }

  /** What a pass over a file emits. */
  private enum Mode {
    /** Every line. */
    ALL,
    /** Every line but the rows that name a Medication by reference (they go to the join). */
    ALL_BUT_REFERENCES,
    /** A file of Medications: each keyed by its id, malformed lines as everywhere. */
    MEDICATIONS
  }

  /**
   * The join of the rows that name a Medication by reference with the Medications of that id
   * (several: the first in reading order, as the plain loop takes it): each row keyed by its
   * patient, carrying the Medication's line when there is one; malformed Medication lines pass
   * through under their keys.
   */
  private static Iterator<Tuple2<String, String>> resolve(
      Tuple2<String, Tuple2<Iterable<Tuple2<String, String>>, Iterable<String>>> group) {
    List<Tuple2<String, String>> out = new ArrayList<>();
    if (group._1().startsWith("\u0000")) {
      group._2()._2().forEach(v -> out.add(new Tuple2<>(group._1(), v)));
      return out.iterator();
    }
    String[] first = null;
    for (String value : group._2()._2()) {
      String[] p = value.split("\t", 4);
      if (first == null || PLACE.compare(p, first) < 0) {
        first = p;
      }
    }
    for (Tuple2<String, String> row : group._2()._1()) {
      String[] p = row._2().split("\t", 4);
      String place = p[0] + "\t" + p[1] + "\t" + p[2] + "\t";
      out.add(
          new Tuple2<>(
              row._1(), first == null ? row._2() : place + References.joined(first[3], p[3])));
    }
    return out.iterator();
  }

  /** Lines in reading order by their place: file rank, split, offset in the split. */
  private static final Comparator<String[]> PLACE =
      Comparator.<String[]>comparingInt(p -> Integer.parseInt(p[0]))
          .thenComparingInt(p -> Integer.parseInt(p[1]))
          .thenComparingLong(p -> Long.parseLong(p[2]));

  /**
   * One split of a file of MedicationRequests or MedicationStatements, read again for the rows that
   * name a Medication by reference: (the Medication's id, (patient, "rank TAB split TAB offset TAB
   * line"))), null for every other line (a line without the word medicationReference is not
   * parsed). Numbers the lines as {@link Placing} does.
   */
  private static final class Naming implements Iterator<Tuple2<String, Tuple2<String, String>>> {
    private final InputFile file;
    private final int split;
    private final Iterator<String> lines;
    private long offset;

    Naming(InputFile file, int split, Iterator<String> lines) {
      this.file = file;
      this.split = split;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      return lines.hasNext();
    }

    @Override
    public Tuple2<String, Tuple2<String, String>> next() {
      String line = lines.next();
      long at = offset++;
      if (!References.mayName(line)
          || !(LineReader.read(line, file.type()) instanceof LineReader.Read read)) {
        return null;
      }
      java.util.Optional<String> key = References.key(line, read.lean());
      if (key.isEmpty()) {
        return null;
      }
      String place = file.rank() + "\t" + split + "\t" + at + "\t";
      return new Tuple2<>(key.get(), new Tuple2<>(read.lean().patient(), place + line));
    }
  }

  /**
   * One split of one file read line by line into (patient, "rank TAB split TAB offset TAB line")
   * pairs, (a Medication's id, the same) in a file of Medications, or (a malformed key, "rank TAB
   * split TAB offset TAB reason"); null for a row left to the join ({@link
   * Mode#ALL_BUT_REFERENCES}). When the split ends, its line count goes to the accumulator.
   */
  private static final class Placing implements Iterator<Tuple2<String, String>> {
    private final InputFile file;
    private final int split;
    private final Iterator<String> lines;
    private final CollectionAccumulator<long[]> splitLines;
    private final Mode mode;
    private long offset;
    private boolean counted;

    Placing(
        InputFile file,
        int split,
        Iterator<String> lines,
        CollectionAccumulator<long[]> splitLines,
        Mode mode) {
      this.file = file;
      this.split = split;
      this.lines = lines;
      this.splitLines = splitLines;
      this.mode = mode;
    }

    @Override
    public boolean hasNext() {
      boolean more = lines.hasNext();
      if (!more && !counted) {
        counted = true;
        splitLines.add(new long[] {file.rank(), split, offset});
      }
      return more;
    }

    @Override
    public Tuple2<String, String> next() {
      String line = lines.next();
      long at = offset++;
      String place = file.rank() + "\t" + split + "\t" + at + "\t";
      LineReader.Result result = LineReader.read(line, file.type());
      if (result instanceof LineReader.Read read) {
        if (mode == Mode.ALL_BUT_REFERENCES && References.key(line, read.lean()).isPresent()) {
          return null;
        }
        return new Tuple2<>(read.lean().patient(), place + line);
      }
      if (result instanceof LineReader.Defined defined) {
        return new Tuple2<>(defined.medication().id(), place + line);
      }
      String reason = ((LineReader.Malformed) result).reason();
      return new Tuple2<>("\u0000" + file.name() + "#" + (at % MALFORMED_KEYS), place + reason);
    }
  }

  /** The line number of each split's first line, from every split's line count. */
  static ToLongBiFunction<Integer, Integer> firstLines(List<long[]> counts) {
    // rank -> split -> lines; a split counted twice (rerun) has the same count both times
    Map<Integer, TreeMap<Integer, Long>> byFile = new HashMap<>();
    for (long[] c : counts) {
      byFile.computeIfAbsent((int) c[0], k -> new TreeMap<>()).put((int) c[1], c[2]);
    }
    return (rank, split) -> {
      long before = 0;
      for (Map.Entry<Integer, Long> e : byFile.getOrDefault(rank, new TreeMap<>()).entrySet()) {
        if (e.getKey() >= split) {
          break;
        }
        before += e.getValue();
      }
      return before + 1;
    };
  }

  private static void screenGroup(
      PatientScreen screen,
      List<InputFile> files,
      Tuple2<String, Iterable<String>> group,
      Tally tally,
      List<AlertRow> rows) {
    List<String[]> placed = new ArrayList<>();
    for (String value : group._2()) {
      placed.add(value.split("\t", 4));
    }
    placed.sort(PLACE);
    if (group._1().startsWith("\u0000")) {
      for (String[] p : placed) {
        int rank = Integer.parseInt(p[0]);
        tally.malformedAt(
            new Tally.Spot(
                files.get(rank).name(), rank, Integer.parseInt(p[1]), Long.parseLong(p[2]), p[3]));
      }
      return;
    }
    List<Lean> resources = new ArrayList<>(placed.size());
    for (String[] p : placed) {
      InputFile file = files.get(Integer.parseInt(p[0]));
      // the map side read this line (and its Medication's) already; it reads the same way here
      resources.add(References.read(p[3], file.type()));
    }
    List<PatientScreen.Finding> findings = screen.screen(group._1(), resources);
    tally.patient(findings);
    findings.forEach(f -> rows.addAll(AlertRow.of(f)));
  }

  /**
   * Writes one screening task's alerts as a CSV part named by its partition (written under a name
   * of its attempt and renamed, so a rerun or a second attempt leaves one whole part).
   */
  private static void writePart(Map<String, String> conf, String dir, List<AlertRow> alerts) {
    if (alerts.isEmpty()) {
      return;
    }
    TaskContext task = TaskContext.get();
    String name = String.format(java.util.Locale.ROOT, "part-%05d", task.partitionId());
    try {
      Configuration hadoop = new Configuration(false);
      conf.forEach(hadoop::set);
      Path part = new Path(dir, name + ".csv");
      Path attempt = new Path(dir, "." + name + "-" + task.taskAttemptId() + ".tmp");
      FileSystem fs = part.getFileSystem(hadoop);
      fs.setWriteChecksum(false);
      try (OutputStream stream = fs.create(attempt, true);
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
        for (AlertRow alert : alerts) {
          writer.write(alert.csvLine());
        }
      }
      fs.delete(part, false);
      if (!fs.rename(attempt, part)) {
        throw new IOException("cannot rename " + attempt + " to " + part);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV part " + name + " under " + dir, e);
    }
  }

  private static void clear(Configuration conf, String dir) {
    try {
      Path path = new Path(dir);
      path.getFileSystem(conf).delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }

  /** Joins the screening tasks' CSV parts, in partition order, into alerts.csv with its header. */
  private static void joinCsv(Configuration conf, String out) {
    try {
      Path dir = new Path(out + "/alerts-csv");
      FileSystem fs = dir.getFileSystem(conf);
      fs.setWriteChecksum(false); // no .crc beside the files a pharmacist opens
      List<Path> parts = new ArrayList<>();
      if (fs.exists(dir)) {
        for (FileStatus status : fs.listStatus(dir)) {
          String name = status.getPath().getName();
          if (name.startsWith("part-") && name.endsWith(".csv")) {
            parts.add(status.getPath());
          }
        }
      }
      parts.sort(Comparator.comparing(Path::getName));
      try (OutputStream csv = fs.create(new Path(out + "/alerts.csv"), true)) {
        csv.write(AlertRow.csvHeader().getBytes(StandardCharsets.UTF_8));
        byte[] buffer = new byte[1 << 16];
        for (Path part : parts) {
          try (InputStream stream = fs.open(part)) {
            for (int n = stream.read(buffer); n > 0; n = stream.read(buffer)) {
              csv.write(buffer, 0, n);
            }
          }
        }
      }
      fs.delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot join the CSV parts under " + out, e);
    }
  }

  private static List<InputFile> list(Configuration conf, String in) {
    try {
      Path dir = new Path(in);
      FileSystem fs = dir.getFileSystem(conf);
      List<String[]> found = new ArrayList<>();
      for (FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (status.isFile() && InputFile.readable(name)) {
          found.add(new String[] {name, status.getPath().toString()});
        }
      }
      return InputFile.ranked(found);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the export " + in, e);
    }
  }
}
