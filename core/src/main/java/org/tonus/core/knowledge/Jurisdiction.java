package org.tonus.core.knowledge;

/** A regulatory jurisdiction whose labelling decides limits and indications. */
public enum Jurisdiction implements Coded {
  US,
  UK;

  @Override
  public String code() {
    return name();
  }
}
