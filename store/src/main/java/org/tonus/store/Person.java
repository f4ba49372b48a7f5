package org.tonus.store;

/** Someone the diary knows: a stored id, one role, and the name shown to people. */
public record Person(long id, Role role, String displayName) {
  public Person {
    Validate.id("id", id);
    if (role == null) {
      throw new IllegalArgumentException("role must be given");
    }
    displayName = Validate.text("displayName", displayName, 200);
  }
}
