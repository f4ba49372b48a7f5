package org.tonus.app.web;

import java.util.List;

/**
 * The site's navigation: every page with who may see it. Pages for a signed-in patient or clinician
 * are part of the design and appear once the viewer is signed in with that role.
 */
final class Navigation {
  /** Who sees an entry. */
  enum Audience {
    EVERYONE,
    PATIENT,
    CLINICIAN
  }

  /** One link of the header navigation; {@code id} marks the current page (aria-current). */
  record Entry(String id, String path, String label, Audience audience) {}

  static final List<Entry> ENTRIES =
      List.of(
          new Entry("home", "/", "Home", Audience.EVERYONE),
          new Entry("monograph", "/monograph", "Monograph", Audience.EVERYONE),
          new Entry("check", "/check", "Order check", Audience.EVERYONE),
          new Entry("titrate", "/plan/titrate", "Titration", Audience.EVERYONE),
          new Entry("taper", "/plan/taper", "Taper", Audience.EVERYONE),
          new Entry("renal", "/renal", "Kidney function", Audience.EVERYONE),
          new Entry("pump", "/pump", "Pump refill", Audience.EVERYONE),
          new Entry("triage", "/triage", "Symptoms", Audience.EVERYONE),
          // later steps: the signed-in pages (module acct provides the session)
          new Entry("diary", "/diary", "My diary", Audience.PATIENT),
          new Entry("panel", "/clinician", "My patients", Audience.CLINICIAN));

  private Navigation() {}

  /** The entries a viewer sees; nobody is signed in on the public pages yet. */
  static List<Entry> visibleTo(Audience viewer) {
    return ENTRIES.stream()
        .filter(entry -> entry.audience() == Audience.EVERYONE || entry.audience() == viewer)
        .toList();
  }
}
