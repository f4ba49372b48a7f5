package org.tonus.app;

/** Entry point of the {@code tonus} program. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(TonusCommand.commandLine().execute(args));
  }
}
