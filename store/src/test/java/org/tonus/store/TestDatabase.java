package org.tonus.store;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.tonus.store.testing.PostgresServer;

/** The two databases every store test runs against: embedded H2 and a real PostgreSQL. */
enum TestDatabase {
  H2 {
    @Override
    Store openFresh() {
      return Store.open("jdbc:h2:mem:" + UUID.randomUUID());
    }
  },
  POSTGRESQL {
    @Override
    Store openFresh() {
      Assumptions.assumeTrue(
          Server.INSTANCE.server.isPresent(),
          "PostgreSQL could not start here, so the PostgreSQL run is skipped: "
              + Server.INSTANCE.why);
      return Store.open(
          Server.INSTANCE.server.orElseThrow().createDatabase(), PostgresServer.USER, "");
    }
  };

  /** A store on a new, empty, migrated database. */
  abstract Store openFresh();

  static Stream<TestDatabase> both() {
    return Stream.of(values());
  }

  // One server for the whole test run, started on first use.
  private enum Server {
    INSTANCE;

    private final Optional<PostgresServer> server;
    private final String why;

    Server() {
      Optional<PostgresServer> started;
      String reason = "";
      try {
        started = Optional.of(PostgresServer.start());
      } catch (Exception e) {
        started = Optional.empty();
        reason = e.getMessage();
      }
      this.server = started;
      this.why = reason;
    }
  }
}
