package org.tonus.app.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link RunningServer} for all the tests of a class, with its own data directory, started
 * before the first test and stopped (its data removed) after the last: {@code @RegisterExtension
 * static final ServerPerClass server = new ServerPerClass();}.
 */
final class ServerPerClass implements BeforeAllCallback, AfterAllCallback {
  private Path data;
  private RunningServer running;

  RunningServer running() {
    if (running == null) {
      throw new IllegalStateException("the server starts before the class's first test");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    data = Files.createTempDirectory("tonus-server-test");
    running = new RunningServer(data);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    running.close();
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(ServerPerClass::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
