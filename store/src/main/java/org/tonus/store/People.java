package org.tonus.store;

import java.util.List;
import java.util.Optional;

/** The people the diary knows and their roles. */
public final class People {
  private final Database database;

  People(Database database) {
    this.database = database;
  }

  /** Adds a person and returns them with their new id. */
  public Person add(Role role, String displayName) {
    String name = Validate.text("displayName", displayName, 200);
    long id =
        database.insert(
            "INSERT INTO person (role, display_name) VALUES (?, ?)",
            statement -> {
              statement.setString(1, role.name());
              statement.setString(2, name);
            });
    return new Person(id, role, name);
  }

  public Optional<Person> find(long id) {
    List<Person> found =
        database.list(
            "SELECT id, role, display_name FROM person WHERE id = ?",
            statement -> statement.setLong(1, id),
            row ->
                new Person(
                    row.getLong("id"),
                    Role.valueOf(row.getString("role")),
                    row.getString("display_name")));
    return found.stream().findFirst();
  }
}
