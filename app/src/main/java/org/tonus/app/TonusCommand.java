package org.tonus.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Properties;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;
import org.tonus.app.serve.AccountCommand;
import org.tonus.app.serve.ServeCommand;
import org.tonus.core.knowledge.KnowledgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code tonus} command; the work is done by its subcommands. */
@Command(
    name = "tonus",
    mixinStandardHelpOptions = true,
    versionProvider = TonusCommand.Version.class,
    description = {
      "Baclofen knowledge, prescription checks and plans, with every fact cited.",
      "Not medical advice: Tonus supports, and never replaces, a clinician's judgement."
    },
    subcommands = {
      ServeCommand.class,
      AccountCommand.class,
      CheckCommand.class,
      MonographCommand.class,
      PlanCommand.class,
      PumpCommand.class,
      RenalCommand.class,
      SupplyCommand.class,
      AskCommand.class,
      TriageCommand.class,
      MissedCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 ok, 1 critical alerts, 2 bad input or an invalid knowledge pack."})
final class TonusCommand implements Runnable {

  /** Exit code for input the program cannot accept, including a broken knowledge pack. */
  static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line with Tonus's conventions: enums in any case, one-line errors, exit 2. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new TonusCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // Date flags obey the same range as dates in a JSON request.
    commandLine.registerConverter(
        LocalDate.class,
        value -> {
          try {
            return RequestFields.date("the date", value);
          } catch (BadRequestException bad) {
            throw new CommandLine.TypeConversionException(bad.getMessage());
          }
        });
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          if (exception instanceof KnowledgeException invalid) {
            line.getErr().println("tonus: the knowledge pack does not load:");
            invalid.problems().forEach(problem -> line.getErr().println("  " + problem));
            return BAD_INPUT;
          }
          if (exception instanceof BadRequestException bad) {
            line.getErr().println("tonus " + line.getCommandName() + ": " + bad.getMessage());
            return BAD_INPUT;
          }
          throw exception;
        });
    return commandLine;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = TonusCommand.class.getResourceAsStream("/tonus-version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"tonus " + properties.getProperty("version", "unknown")};
    }
  }
}
