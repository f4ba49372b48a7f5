package org.tonus.core.knowledge;

/** The route a fact or an order is about. */
public enum Route implements Coded {
  ORAL,
  INTRATHECAL
}
