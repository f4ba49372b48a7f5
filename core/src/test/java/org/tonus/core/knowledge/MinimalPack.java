package org.tonus.core.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies the small valid test pack into a directory, where a test may then break it. */
final class MinimalPack {
  private static final List<String> FILES =
      List.of(
          "pack.yaml",
          "sources.yaml",
          "baclofen/dosing.yaml",
          "vocabulary/drugs.yaml",
          "vocabulary/conditions.yaml",
          "vocabulary/symptoms.yaml");

  private MinimalPack() {}

  static void copyTo(Path directory) throws IOException {
    for (String file : FILES) {
      Path target = directory.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = MinimalPack.class.getResourceAsStream("/packs/minimal/" + file)) {
        Files.copy(in, target);
      }
    }
  }
}
