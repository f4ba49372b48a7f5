package org.tonus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonus.store.LoginResult;
import org.tonus.store.Role;
import org.tonus.store.Store;

/** {@code tonus account add}: a fresh install makes its first admin on the command line. */
class AccountCommandTest {
  @TempDir Path data;

  @Test
  void theFirstAdminIsMadeWithThePasswordFromAFile() throws IOException {
    Path password = data.resolve("password.txt");
    Files.writeString(password, "a long admin password\n", StandardCharsets.UTF_8);

    CommandLineTest.Run run =
        CommandLineTest.tonus(
            "account",
            "add",
            "--role",
            "ADMIN",
            "--username",
            "ann",
            "--name",
            "Ann Admin",
            "--password-file",
            password.toString(),
            "--data",
            data.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("added admin 'Ann Admin' (person id ").contains("as ann");
    try (Store store = Store.openH2(data)) {
      LoginResult login = store.accounts().login("ann", "a long admin password", Instant.now());
      assertThat(login).isInstanceOf(LoginResult.Succeeded.class);
      assertThat(((LoginResult.Succeeded) login).person().role()).isEqualTo(Role.ADMIN);
    }
  }

  @Test
  void aShortPasswordOrATakenUsernameIsOneLineAndExitTwo() throws IOException {
    Path password = data.resolve("password.txt");
    Files.writeString(password, "short\n", StandardCharsets.UTF_8);

    CommandLineTest.Run run =
        CommandLineTest.tonus(
            "account",
            "add",
            "--role",
            "patient",
            "--username",
            "pat",
            "--name",
            "Pat",
            "--password-file",
            password.toString(),
            "--data",
            data.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("tonus add: password must be 10 to 256 characters, was 5");
  }
}
