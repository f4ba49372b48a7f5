package org.tonus.dur;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One NDJSON file of a bulk export (plain or gzip) and the resource type it holds, with its rank in
 * the job's reading order (resource type, then name): the order in which a patient's resources are
 * handed to the checker, the same in Spark and in the plain loop.
 */
record InputFile(String name, String path, String type, int rank) implements Serializable {
  private static final long serialVersionUID = 1L;

  static boolean readable(String name) {
    return (name.endsWith(".ndjson") || name.endsWith(".ndjson.gz"))
        && LineReader.typeOf(name).isPresent();
  }

  /** The export's files in reading order, from names and paths. */
  static List<InputFile> ranked(List<String[]> namesAndPaths) {
    List<String[]> sorted = new ArrayList<>(namesAndPaths);
    sorted.sort(
        Comparator.<String[]>comparingInt(
                n -> LineReader.TYPES.indexOf(LineReader.typeOf(n[0]).orElseThrow()))
            .thenComparing(n -> n[0]));
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      String[] n = sorted.get(i);
      files.add(new InputFile(n[0], n[1], LineReader.typeOf(n[0]).orElseThrow(), i));
    }
    return files;
  }

  /** The readable files of a local directory, in reading order. */
  static List<InputFile> local(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return ranked(
          list.filter(p -> readable(p.getFileName().toString()))
              .map(p -> new String[] {p.getFileName().toString(), p.toString()})
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  BufferedReader open() throws IOException {
    InputStream in = Files.newInputStream(Path.of(path));
    if (name.endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
