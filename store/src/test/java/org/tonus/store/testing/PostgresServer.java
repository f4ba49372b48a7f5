package org.tonus.store.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server the tests start themselves with the machine's initdb and pg_ctl, in a
 * temporary directory on a free port, stopped when the test JVM exits. PostgreSQL refuses to run as
 * root, so under root it runs as the {@code postgres} account. Shared with other modules' tests
 * through this module's test-jar.
 */
public final class PostgresServer {
  public static final String USER = "tonus";

  private final Path directory;
  private final int port;
  private int databases;

  private PostgresServer(Path directory, int port) {
    this.directory = directory;
    this.port = port;
  }

  /** Starts a server or says why it could not. */
  public static PostgresServer start() throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("tonus-pg");
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
    int port = freePort();
    Path data = directory.resolve("data");
    run(List.of("initdb", "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8"));
    run(
        List.of(
            "pg_ctl",
            "-D",
            data.toString(),
            "-l",
            directory.resolve("server.log").toString(),
            "-w",
            "-o",
            "-p " + port + " -k " + directory + " -c listen_addresses=localhost",
            "start"));
    PostgresServer server = new PostgresServer(directory, port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  public String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  /** A new empty database, so each test starts from the migration. */
  public synchronized String createDatabase() {
    String name = "diary" + (++databases);
    try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return url(name);
  }

  private void stop() {
    try {
      run(List.of("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "immediate", "stop"));
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    } catch (IOException | InterruptedException e) {
      // The JVM is exiting; a leftover temporary directory is all that can go wrong here.
    }
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + new String(output));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
