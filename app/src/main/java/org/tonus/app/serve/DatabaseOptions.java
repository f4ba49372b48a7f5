package org.tonus.app.serve;

import java.nio.file.Path;
import java.util.Optional;
import org.tonus.app.request.BadRequestException;
import org.tonus.store.Store;
import org.tonus.store.StoreException;
import picocli.CommandLine.Option;

/**
 * Where the diary's database is, for {@code serve} and {@code account}: a JDBC URL and user, the
 * password only from the environment ({@value #PASSWORD_VARIABLE}) so it never shows in a process
 * list; without a URL, embedded H2 in the data directory.
 */
final class DatabaseOptions {
  static final String PASSWORD_VARIABLE = "TONUS_DB_PASSWORD";

  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description =
          "The diary's database, e.g. jdbc:postgresql://localhost/tonus (default: embedded H2"
              + " file tonus in the --data directory). Password from env "
              + PASSWORD_VARIABLE
              + ".")
  Optional<String> url = Optional.empty();

  @Option(names = "--db-user", paramLabel = "USER", description = "The database user, if any.")
  Optional<String> user = Optional.empty();

  /** Opens and migrates the database, or a one-line refusal naming the URL's scheme and host. */
  Store open(Path dataDirectory) {
    try {
      if (url.isEmpty()) {
        return Store.openH2(dataDirectory);
      }
      String password = Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).orElse("");
      return Store.open(url.get(), user.orElse(""), password);
    } catch (StoreException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new BadRequestException(
          "cannot open the database: " + e.getMessage() + " (" + cause.getMessage() + ")");
    }
  }
}
