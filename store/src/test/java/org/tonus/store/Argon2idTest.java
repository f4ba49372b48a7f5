package org.tonus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Argon2id as the reference implementation computes it, in PHC strings. */
class Argon2idTest {
  // The Argon2 reference implementation's own test vector (phc-winner-argon2, src/test.c):
  // password "password", salt "somesalt", m=65536 KiB, t=2, p=1, 32-byte hash.
  private static final String REFERENCE =
      "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

  private final Argon2id argon2 = new Argon2id(new SecureRandom());

  @Test
  void theReferenceVectorVerifiesWithTheParametersItCarries() {
    assertThat(argon2.matches("password", REFERENCE)).isTrue();
    assertThat(argon2.matches("passwore", REFERENCE)).isFalse();
  }

  @Test
  void newHashesUseThePolicyParametersAndAFreshSalt() {
    String first = argon2.hash("correct horse battery");
    String second = argon2.hash("correct horse battery");

    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
    assertThat(argon2.matches("correct horse battery", first)).isTrue();
    assertThat(argon2.matches("correct horse batterY", first)).isFalse();
  }

  @Test
  void aStoredValueThatIsNotArgon2idIsAnError() {
    assertThatThrownBy(() -> argon2.matches("password", "$2b$12$abcdefghijklmnopqrstuv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a stored password hash is not an Argon2id PHC string");
  }
}
