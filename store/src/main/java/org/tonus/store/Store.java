package org.tonus.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.flywaydb.core.Flyway;
import org.tonus.core.knowledge.Knowledge;

/**
 * The diary's database, opened from a JDBC URL and migrated to the newest schema on open. Embedded
 * H2 under {@code ./data} by default; PostgreSQL by URL. Every write is committed before it
 * returns. Close it to release the database.
 */
public final class Store implements AutoCloseable {
  /**
   * What an embedded H2 URL needs so that a commit is written to the file before it returns: H2
   * otherwise writes committed changes in the background up to half a second later, and a process
   * killed in between loses writes it had acknowledged.
   */
  public static final String H2_DURABLE = ";WRITE_DELAY=0";

  /** Embedded H2 in a file under {@code ./data}, relative to the working directory. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/tonus" + H2_DURABLE;

  private final Database database;
  // Held open for the store's lifetime so an embedded H2 file stays open between calls.
  private final Connection keeper;
  private final SecureRandom random = new SecureRandom();
  private final Argon2id argon2 = new Argon2id(random);
  private final String absentUsersHash;

  private Store(String url, String user, String password) {
    this.database = new Database(url, user, password);
    this.keeper = database.connect();
    Flyway.configure(Store.class.getClassLoader())
        .dataSource(database.dataSource())
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(keeper))
        .load()
        .migrate();
    byte[] nobody = new byte[Argon2id.HASH_BYTES];
    random.nextBytes(nobody);
    this.absentUsersHash = argon2.hash(HexFormat.of().formatHex(nobody));
  }

  /** Opens (creating if needed) and migrates the database at {@code jdbcUrl}. */
  public static Store open(String jdbcUrl, String user, String password) {
    return new Store(jdbcUrl, user, password);
  }

  /** Opens the database at {@code jdbcUrl} without credentials (embedded H2). */
  public static Store open(String jdbcUrl) {
    return open(jdbcUrl, "", "");
  }

  /** Opens the embedded H2 database {@code tonus} in {@code dataDirectory}. */
  public static Store openH2(Path dataDirectory) {
    return open("jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("tonus") + H2_DURABLE);
  }

  public People people() {
    return new People(database);
  }

  public Regimens regimens() {
    return new Regimens(database);
  }

  public DoseEvents doseEvents() {
    return new DoseEvents(database);
  }

  public SpasticityScores spasticityScores() {
    return new SpasticityScores(database);
  }

  public SymptomReports symptomReports() {
    return new SymptomReports(database);
  }

  public Diary diary() {
    return new Diary(doseEvents(), regimens());
  }

  public CareGrants careGrants() {
    return new CareGrants(database);
  }

  public Notes notes() {
    return new Notes(database);
  }

  public Accounts accounts() {
    return new Accounts(database, argon2, absentUsersHash);
  }

  public Sessions sessions() {
    return new Sessions(database, random);
  }

  public Dispensings dispensings() {
    return new Dispensings(database);
  }

  public PumpRefills pumpRefills() {
    return new PumpRefills(database);
  }

  /** Days' supply and pump refill dates, with the knowledge the arithmetic reads. */
  public Refills refills(Knowledge knowledge) {
    return new Refills(dispensings(), pumpRefills(), regimens(), knowledge);
  }

  /** The diary's own alerts, with the knowledge that sets their thresholds. */
  public DiaryAlerts diaryAlerts(Knowledge knowledge) {
    return new DiaryAlerts(doseEvents(), regimens(), pumpRefills(), knowledge);
  }

  public CalendarTokens calendarTokens() {
    return new CalendarTokens(database);
  }

  /** Erasure of a patient's data on request, audited. */
  public Erasure erasure() {
    return new Erasure(database, people());
  }

  public AuditTrail auditTrail() {
    return new AuditTrail(database);
  }

  // Flyway has no per-database location of its own; the vendor's folder holds what only that
  // database can do (the audit trail's triggers on PostgreSQL).
  private static String vendor(Connection connection) {
    try {
      String product = connection.getMetaData().getDatabaseProductName();
      return switch (product) {
        case "H2" -> "h2";
        case "PostgreSQL" -> "postgresql";
        default -> throw new StoreException("unsupported database: " + product, null);
      };
    } catch (SQLException e) {
      throw new StoreException("cannot read the database's product name", e);
    }
  }

  Database database() {
    return database;
  }

  @Override
  public void close() {
    try {
      keeper.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database", e);
    } finally {
      database.close();
    }
  }
}
