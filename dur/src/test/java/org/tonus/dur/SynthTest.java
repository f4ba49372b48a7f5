package org.tonus.dur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonus.core.knowledge.Jurisdiction;

/** The synthetic export: deterministic for a seed, gzip read alike, rates honoured. */
class SynthTest {
  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameFiles() throws IOException {
    Synth.Options options = new Synth.Options(300, 42, false, Map.of());
    Synth.write(Engines.knowledge(), options, dir.resolve("a"));
    Synth.write(Engines.knowledge(), options, dir.resolve("b"));
    for (String file : List.of("Patient.ndjson", "MedicationRequest.ndjson", "ground-truth.csv")) {
      assertThat(Files.readString(dir.resolve("a").resolve(file)))
          .isEqualTo(Files.readString(dir.resolve("b").resolve(file)));
    }
  }

  @Test
  void aGzipExportIsReadAndMeetsItsGroundTruth() throws IOException {
    Path export = dir.resolve("gz");
    Synth.write(Engines.knowledge(), new Synth.Options(400, 9, true, Map.of()), export);
    assertThat(export.resolve("Observation.ndjson.gz")).exists();
    List<AlertRow> alerts = new ArrayList<>();
    Tally tally = PlainReview.run(export, Jurisdiction.US, alerts::add);
    assertThat(tally.patients).isEqualTo(400);
    GroundTruth.Score score =
        GroundTruth.Score.of(GroundTruth.expected(export), GroundTruth.found(alerts));
    assertThat(score.missed()).isEmpty();
    assertThat(score.extra()).isEmpty();
  }

  @Test
  void aRateOfOneInjectsIntoEveryPatient() throws IOException {
    // the other rates default above 0; each level's rates add up to at most 1, so they are zeroed
    Map<Synth.Problem, Double> rates = new java.util.EnumMap<>(Synth.Problem.class);
    for (Synth.Problem p : Synth.Problem.values()) {
      rates.put(p, 0.0);
    }
    rates.put(Synth.Problem.DOSE_ABOVE_MAX, 1.0);
    rates.put(Synth.Problem.RENAL, 1.0);
    Synth.Written written =
        Synth.write(
            Engines.knowledge(), new Synth.Options(50, 3, false, rates), dir.resolve("all"));
    assertThat(written.injected())
        .containsEntry(Synth.Problem.DOSE_ABOVE_MAX, 50L)
        .containsEntry(Synth.Problem.RENAL, 50L);
  }

  @Test
  void ratesAddingUpToMoreThanOneAreRefused() {
    assertThatThrownBy(
            () ->
                new Synth.Options(
                    1, 1, false, Map.of(Synth.Problem.RENAL, 0.7, Synth.Problem.INTERACTION, 0.7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to at most 1");
  }
}
