package org.tonus.core.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the pack's files are read from: a directory a reviewer edits, or the copy inside the jar.
 */
interface PackFiles {

  /** The file's text, or empty when the pack has no such file. */
  Optional<String> read(String relativePath);

  static PackFiles directory(Path root) {
    return relativePath -> {
      Path file = root.resolve(relativePath).normalize();
      if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    };
  }

  static PackFiles classpath(ClassLoader loader, String prefix) {
    return relativePath -> {
      try (InputStream in = loader.getResourceAsStream(prefix + relativePath)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + prefix + relativePath, e);
      }
    };
  }
}
