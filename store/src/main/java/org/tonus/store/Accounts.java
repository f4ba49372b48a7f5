package org.tonus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Local accounts: one per person, a username unique regardless of case and an Argon2id password
 * hash. A login checks the password in the same time whether the username exists or not, counts
 * failures in a row, and locks the account for {@link #LOCKOUT} after {@link #MAX_FAILED_LOGINS}; a
 * successful login resets the count.
 */
public final class Accounts {
  /** Project policy: this many failed logins in a row lock the account. */
  public static final int MAX_FAILED_LOGINS = 5;

  /** Project policy: how long a locked account stays locked. */
  public static final Duration LOCKOUT = Duration.ofMinutes(15);

  /** Project policy: passwords have at least this many characters (NIST SP 800-63B asks 8). */
  public static final int MIN_PASSWORD_LENGTH = 10;

  /** Longer passwords are refused so that hashing one costs a bounded time. */
  public static final int MAX_PASSWORD_LENGTH = 256;

  static final int MAX_USERNAME_LENGTH = 64;

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

  private final Database database;
  private final Argon2id argon2;
  // Hashed once per store; an unknown username is checked against it so it costs a full hash.
  private final String absentUsersHash;

  Accounts(Database database, Argon2id argon2, String absentUsersHash) {
    this.database = database;
    this.argon2 = argon2;
    this.absentUsersHash = absentUsersHash;
  }

  /**
   * Adds a person with an account in one transaction. Refuses a username taken in any case, one
   * outside {@code [A-Za-z0-9._@-]{3,64}}, and a password shorter than {@link #MIN_PASSWORD_LENGTH}
   * or longer than {@link #MAX_PASSWORD_LENGTH}.
   */
  public Person add(Role role, String displayName, String username, String password) {
    if (role == null) {
      throw new IllegalArgumentException("role must be given");
    }
    String name = Validate.text("displayName", displayName, 200);
    String login = checkedUsername(username);
    String hash = argon2.hash(checkedPassword(password));
    if (find(login).isPresent()) {
      throw new IllegalArgumentException("username '" + login + "' is taken");
    }
    long id =
        database.transaction(
            connection -> {
              long personId = insertPerson(connection, role, name);
              try (PreparedStatement statement =
                  connection.prepareStatement(
                      "INSERT INTO account (person_id, username, username_key, password_hash)"
                          + " VALUES (?, ?, ?, ?)")) {
                statement.setLong(1, personId);
                statement.setString(2, login);
                statement.setString(3, key(login));
                statement.setString(4, hash);
                statement.executeUpdate();
              }
              return personId;
            });
    return new Person(id, role, name);
  }

  /** The account signed in as {@code username}, in any case. */
  public Optional<Account> find(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      return Optional.empty();
    }
    return database
        .list(
            "SELECT person_id, username, failed_logins, locked_until FROM account"
                + " WHERE username_key = ?",
            statement -> statement.setString(1, key(username)),
            Accounts::read)
        .stream()
        .findFirst();
  }

  /** The account of person {@code personId}, if they have one. */
  public Optional<Account> ofPerson(long personId) {
    return database
        .list(
            "SELECT person_id, username, failed_logins, locked_until FROM account"
                + " WHERE person_id = ?",
            statement -> statement.setLong(1, personId),
            Accounts::read)
        .stream()
        .findFirst();
  }

  /** Checks {@code password} for {@code username} at {@code now}, counting a failure. */
  public LoginResult login(String username, String password, Instant now) {
    String given = password == null ? "" : password;
    if (given.length() > MAX_PASSWORD_LENGTH) {
      given = given.substring(0, MAX_PASSWORD_LENGTH + 1);
    }
    Optional<Account> account = find(username);
    Optional<String> stored = account.flatMap(found -> storedHash(found.personId()));
    // The hash is computed whatever happens next, so a wrong username takes as long as a wrong
    // password and no answer time tells which usernames exist.
    boolean matches = argon2.matches(given, stored.orElse(absentUsersHash)) && stored.isPresent();
    if (account.isEmpty()) {
      return new LoginResult.Refused();
    }
    long personId = account.get().personId();
    if (account.get().lockedAt(now)) {
      return new LoginResult.Locked(account.get().lockedUntil().orElseThrow());
    }
    if (matches) {
      database.update(
          "UPDATE account SET failed_logins = 0, locked_until = NULL WHERE person_id = ?",
          statement -> statement.setLong(1, personId));
      return new LoginResult.Succeeded(new People(database).find(personId).orElseThrow());
    }
    return failed(personId, now);
  }

  private LoginResult failed(long personId, Instant now) {
    // One statement counts the failure and, at the limit, locks and restarts the count, so two
    // attempts at once cannot both slip under the limit.
    Instant until = now.plus(LOCKOUT);
    database.update(
        "UPDATE account SET"
            + " locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END,"
            + " failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END"
            + " WHERE person_id = ?",
        statement -> {
          statement.setInt(1, MAX_FAILED_LOGINS);
          Times.set(statement, 2, until);
          statement.setInt(3, MAX_FAILED_LOGINS);
          statement.setLong(4, personId);
        });
    Account after = ofPerson(personId).orElseThrow();
    if (after.lockedAt(now)) {
      return new LoginResult.Locked(after.lockedUntil().orElseThrow());
    }
    return new LoginResult.Refused();
  }

  private Optional<String> storedHash(long personId) {
    return database
        .list(
            "SELECT password_hash FROM account WHERE person_id = ?",
            statement -> statement.setLong(1, personId),
            row -> row.getString(1))
        .stream()
        .findFirst();
  }

  private static long insertPerson(Connection connection, Role role, String name)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO person (role, display_name) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      statement.setString(1, role.name());
      statement.setString(2, name);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new StoreException("no id generated for the new person", null);
        }
        return keys.getLong(1);
      }
    }
  }

  static String checkedUsername(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "username must be 3 to 64 of the characters A-Z a-z 0-9 . _ @ -, was '" + username + "'");
    }
    return username;
  }

  static String checkedPassword(String password) {
    if (password == null
        || password.length() < MIN_PASSWORD_LENGTH
        || password.length() > MAX_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "password must be "
              + MIN_PASSWORD_LENGTH
              + " to "
              + MAX_PASSWORD_LENGTH
              + " characters, was "
              + (password == null ? 0 : password.length()));
    }
    return password;
  }

  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  private static Account read(ResultSet row) throws SQLException {
    return new Account(
        row.getLong("person_id"),
        row.getString("username"),
        row.getInt("failed_logins"),
        row.getObject("locked_until") == null
            ? Optional.empty()
            : Optional.of(Times.get(row, "locked_until")));
  }
}
