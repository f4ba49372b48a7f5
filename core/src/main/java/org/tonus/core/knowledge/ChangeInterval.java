package org.tonus.core.knowledge;

/** How often an intrathecal dose-change cap may be used: once a day, or at a refill. */
public enum ChangeInterval implements Coded {
  PER_DAY("24h"),
  PER_REFILL("refill");

  private final String code;

  ChangeInterval(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
