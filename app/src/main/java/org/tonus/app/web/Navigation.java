package org.tonus.app.web;

import java.util.List;
import java.util.Optional;
import org.tonus.store.Person;

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
          new Entry("diary", "/diary", "My diary", Audience.PATIENT),
          new Entry("panel", "/clinician", "My patients", Audience.CLINICIAN));

  private Navigation() {}

  /** Who a signed-in person is to the navigation: patients and clinicians have their own page. */
  static Audience audienceOf(Optional<Person> signedIn) {
    return signedIn
        .map(
            person ->
                switch (person.role()) {
                  case PATIENT -> Audience.PATIENT;
                  case CLINICIAN -> Audience.CLINICIAN;
                  case CAREGIVER, ADMIN -> Audience.EVERYONE;
                })
        .orElse(Audience.EVERYONE);
  }

  /** The entries a viewer sees: every public page and the viewer's own. */
  static List<Entry> visibleTo(Audience viewer) {
    return ENTRIES.stream()
        .filter(entry -> entry.audience() == Audience.EVERYONE || entry.audience() == viewer)
        .toList();
  }
}
