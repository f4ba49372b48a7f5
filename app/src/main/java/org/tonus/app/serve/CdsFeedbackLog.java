package org.tonus.app.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * CDS Hooks feedback (cards accepted or overridden, with the override reasons) appended to {@code
 * cds-feedback.ndjson} in the data directory, one JSON object a line, until the store module keeps
 * it. Appends are serialised so lines never interleave.
 */
final class CdsFeedbackLog {
  static final String FILE_NAME = "cds-feedback.ndjson";

  private final Path file;

  CdsFeedbackLog(Path dataDirectory) {
    this.file = dataDirectory.resolve(FILE_NAME);
  }

  Path file() {
    return file;
  }

  synchronized void append(List<ObjectNode> entries) {
    StringBuilder lines = new StringBuilder();
    entries.forEach(entry -> lines.append(entry.toString()).append('\n'));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("CDS feedback cannot be written to " + file, e);
    }
  }
}
