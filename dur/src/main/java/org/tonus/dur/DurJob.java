package org.tonus.dur;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
import org.apache.spark.storage.StorageLevel;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.fhir.lean.Lean;
import scala.Tuple2;

/**
 * The population review on Spark: reads every NDJSON file of a bulk export (gzip too) line by line
 * into lean records, groups them by patient, screens each patient's baclofen prescriptions with the
 * core checker and writes the alerts (Parquet and CSV), the summary JSON and the HTML report. A
 * malformed line is kept with its file and line number until it is counted: it is keyed apart from
 * the patients and travels through the same grouping, so none is lost.
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

  /** One partition's result: its alert rows and its counts. */
  record Screened(List<AlertRow> alerts, Tally tally) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

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
      // The shuffle carries each line's text (with its file rank and line number) and the reducer
      // reads it again: re-reading a line costs less than Java-deserialising its lean record
      // (about 7 against 26 µs a line, docs/performance.md).
      JavaPairRDD<String, String> pairs = null;
      for (InputFile file : files) {
        JavaPairRDD<String, String> one =
            jsc.textFile(file.path())
                .zipWithIndex()
                .mapToPair(
                    t -> {
                      long line = t._2() + 1;
                      LineReader.Result result = LineReader.read(t._1(), file.type());
                      if (result instanceof LineReader.Read read) {
                        return new Tuple2<>(
                            read.lean().patient(), file.rank() + "\t" + line + "\t" + t._1());
                      }
                      String reason = ((LineReader.Malformed) result).reason();
                      return new Tuple2<>(
                          "\u0000" + file.name() + "#" + (line % MALFORMED_KEYS),
                          file.rank() + "\t" + line + "\t" + reason);
                    });
        pairs = pairs == null ? one : pairs.union(one);
      }
      int partitions = Math.max(pairs.getNumPartitions(), jsc.defaultParallelism() * 4);
      JavaRDD<Screened> screened =
          pairs
              .groupByKey(partitions)
              .mapPartitions(
                  groups -> {
                    // one result per partition: a tally per patient would cost more to keep
                    // than to compute
                    PatientScreen screen = Engines.screen(jurisdiction);
                    Tally tally = new Tally();
                    List<AlertRow> rows = new ArrayList<>();
                    while (groups.hasNext()) {
                      screenGroup(screen, files, groups.next(), tally, rows);
                    }
                    return List.of(new Screened(rows, tally)).iterator();
                  })
              .persist(StorageLevel.MEMORY_AND_DISK_SER());
      StructType schema = new StructType();
      for (String column : AlertRow.COLUMNS) {
        schema = schema.add(column, DataTypes.StringType, false);
      }
      JavaRDD<Row> rows =
          screened.flatMap(
              s -> s.alerts().stream().map(a -> RowFactory.create(a.values())).iterator());
      Dataset<Row> alerts = spark.createDataFrame(rows, schema);
      log.println("[dur] screening and writing alerts.parquet");
      alerts.write().mode(SaveMode.Overwrite).parquet(out + "/alerts.parquet");
      log.println("[dur] writing alerts.csv");
      spark
          .read()
          .parquet(out + "/alerts.parquet")
          .coalesce(1)
          .write()
          .mode(SaveMode.Overwrite)
          .option("header", "true")
          .option("escape", "\"")
          .csv(out + "/alerts-csv");
      Tally tally = screened.map(Screened::tally).reduce(Tally::merge);
      screened.unpersist(false);
      long millis = (System.nanoTime() - started) / 1_000_000;
      Reports.write(jsc.hadoopConfiguration(), out, tally, jurisdiction, files, millis);
      singleCsv(jsc.hadoopConfiguration(), out);
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

  private static void screenGroup(
      PatientScreen screen,
      List<InputFile> files,
      Tuple2<String, Iterable<String>> group,
      Tally tally,
      List<AlertRow> rows) {
    List<String[]> placed = new ArrayList<>();
    for (String value : group._2()) {
      placed.add(value.split("\t", 3));
    }
    placed.sort(
        Comparator.<String[]>comparingInt(p -> Integer.parseInt(p[0]))
            .thenComparingLong(p -> Long.parseLong(p[1])));
    if (group._1().startsWith("\u0000")) {
      for (String[] p : placed) {
        tally.malformed(files.get(Integer.parseInt(p[0])).name(), Long.parseLong(p[1]), p[2]);
      }
      return;
    }
    List<Lean> resources = new ArrayList<>(placed.size());
    for (String[] p : placed) {
      InputFile file = files.get(Integer.parseInt(p[0]));
      // the map side read this line already; it reads the same way here
      resources.add(((LineReader.Read) LineReader.read(p[2], file.type())).lean());
    }
    List<PatientScreen.Finding> findings = screen.screen(group._1(), resources);
    tally.patient(findings);
    findings.forEach(f -> rows.addAll(AlertRow.of(f)));
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

  /** Gives the CSV part file the name alerts.csv beside its directory. */
  private static void singleCsv(Configuration conf, String out) {
    try {
      Path dir = new Path(out + "/alerts-csv");
      FileSystem fs = dir.getFileSystem(conf);
      for (FileStatus status : fs.listStatus(dir)) {
        if (status.getPath().getName().startsWith("part-")) {
          Path target = new Path(out + "/alerts.csv");
          fs.delete(target, false);
          fs.rename(status.getPath(), target);
          fs.delete(new Path(out + "/.alerts.csv.crc"), false);
        }
      }
      fs.delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename the CSV part file under " + out, e);
    }
  }
}
