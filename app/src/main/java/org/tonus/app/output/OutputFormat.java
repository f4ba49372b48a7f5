package org.tonus.app.output;

/** How a command writes its answer; each command says which of these it supports. */
public enum OutputFormat {
  TEXT,
  JSON,
  CSV,
  ICS
}
