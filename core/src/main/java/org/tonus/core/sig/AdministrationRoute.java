package org.tonus.core.sig;

import java.util.Optional;
import org.tonus.core.knowledge.Route;

/**
 * The route a sig names ("po", "IT", "subcut"). Finer than the knowledge's {@link Route}, which
 * only distinguishes oral and intrathecal facts; {@link #knowledgeRoute()} maps between them.
 */
public enum AdministrationRoute {
  ORAL("po"),
  /** Through a feeding tube (NG, PEG, G-tube): an enteral dose, so the oral facts apply. */
  ENTERAL_TUBE("via tube"),
  INTRATHECAL("IT"),
  INTRAVENOUS("IV"),
  INTRAMUSCULAR("IM"),
  SUBCUTANEOUS("subcut"),
  EPIDURAL("epidural"),
  TOPICAL("topical"),
  SUBLINGUAL("SL"),
  RECTAL("PR"),
  TRANSDERMAL("transdermal");

  private final String word;

  AdministrationRoute(String word) {
    this.word = word;
  }

  /** The canonical word the printer writes (never the error-prone "SC" or "SQ"). */
  public String word() {
    return word;
  }

  /** The route whose facts apply to this one: oral for mouth and tube, intrathecal for IT. */
  public Optional<Route> knowledgeRoute() {
    return switch (this) {
      case ORAL, ENTERAL_TUBE -> Optional.of(Route.ORAL);
      case INTRATHECAL -> Optional.of(Route.INTRATHECAL);
      default -> Optional.empty();
    };
  }

  /** The sig route of a knowledge route. */
  public static AdministrationRoute of(Route route) {
    return switch (route) {
      case ORAL -> ORAL;
      case INTRATHECAL -> INTRATHECAL;
    };
  }
}
