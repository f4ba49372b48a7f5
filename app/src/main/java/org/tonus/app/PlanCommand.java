package org.tonus.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tonus plan}: the planners, one subcommand each. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Dose plans: titrate (start and raise), taper (stop gradually), intrathecal start.",
    subcommands = {PlanTitrateCommand.class, PlanTaperCommand.class, PlanIntrathecalCommand.class})
final class PlanCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
