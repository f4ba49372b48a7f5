package org.tonus.dur;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measurement behind the reader's choice (docs/performance.md): the same export's lines read by
 * the lean reader and parsed into HAPI trees, best of three rounds each, printed; only the
 * agreement on what was read is asserted (timings on a shared machine are not a test).
 */
class ReaderChoiceTest {
  @TempDir Path dir;

  @Test
  void leanAndHapiReadTheSameLinesAndTheTimesArePrinted() throws IOException {
    Synth.write(Engines.knowledge(), new Synth.Options(1500, 5, false, Map.of()), dir);
    List<String[]> lines = new ArrayList<>();
    for (InputFile file : InputFile.local(dir)) {
      for (String line : Files.readAllLines(Path.of(file.path()))) {
        lines.add(new String[] {file.type(), line});
      }
    }
    IParser hapi = FhirContext.forR4Cached().newJsonParser();
    long leanBest = Long.MAX_VALUE;
    long hapiBest = Long.MAX_VALUE;
    int leanRead = 0;
    int hapiRead = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      leanRead = 0;
      for (String[] l : lines) {
        if (LineReader.read(l[1], l[0]) instanceof LineReader.Read) {
          leanRead++;
        }
      }
      leanBest = Math.min(leanBest, System.nanoTime() - t0);
      t0 = System.nanoTime();
      hapiRead = 0;
      for (String[] l : lines) {
        if (hapi.parseResource(l[1]) != null) {
          hapiRead++;
        }
      }
      hapiBest = Math.min(hapiBest, System.nanoTime() - t0);
    }
    System.out.printf(
        Locale.ROOT,
        "reader choice, %d lines: lean %.0f lines/s, HAPI %.0f lines/s, lean %.1f x faster%n",
        lines.size(),
        lines.size() / (leanBest / 1e9),
        lines.size() / (hapiBest / 1e9),
        hapiBest / (double) leanBest);
    assertThat(leanRead).isEqualTo(hapiRead).isEqualTo(lines.size());
  }
}
