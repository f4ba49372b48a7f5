package org.tonus.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tonus.app.request.BadRequestException;
import org.tonus.store.Person;
import org.tonus.store.Role;
import org.tonus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tonus account add}: makes an account on the command line, so a fresh install can make its
 * first admin. The password is read from standard input (its first line) or from a file, never from
 * an argument.
 */
@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    description = "Accounts of patients, caregivers, clinicians and admins.",
    subcommands = {AccountCommand.Add.class})
public final class AccountCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code tonus account add --role R --username U --name "Display"}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a person with an account. The password is the first line of standard input",
        "(or of --password-file); at least 10 characters."
      })
  static final class Add implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "patient|caregiver|clinician|admin",
        description = "What the person is to Tonus.")
    Role role;

    @Option(names = "--username", required = true, description = "What they sign in with.")
    String username;

    @Option(names = "--name", required = true, description = "The name shown to people.")
    String name;

    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description = "Read the password from this file's first line instead of standard input.")
    Optional<Path> passwordFile = Optional.empty();

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "data",
        description = "The data directory holding the embedded database; default ./data.")
    Path data;

    @Mixin DatabaseOptions database;

    // standard input, replaceable in tests
    InputStream stdin = System.in;

    @Override
    public Integer call() {
      String password = firstLine(readPassword());
      try (Store store = database.open(data)) {
        Person person;
        try {
          person = store.accounts().add(role, name, username, password);
        } catch (IllegalArgumentException refused) {
          throw new BadRequestException(refused.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(
            "added "
                + person.role().name().toLowerCase(Locale.ROOT)
                + " '"
                + person.displayName()
                + "' (person id "
                + person.id()
                + ") signing in as "
                + username);
        out.flush();
      }
      return 0;
    }

    private String readPassword() {
      try {
        if (passwordFile.isPresent()) {
          return Files.readString(passwordFile.get(), StandardCharsets.UTF_8);
        }
        return new String(stdin.readNBytes(4096), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadRequestException("cannot read the password: " + e.getMessage());
      }
    }

    private static String firstLine(String text) {
      int end = text.indexOf('\n');
      String line = end < 0 ? text : text.substring(0, end);
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
  }
}
