package org.tonus.store;

/**
 * Why someone may act for a patient: the patient named them their caregiver, or the patient is on
 * the clinician's panel.
 */
public enum GrantKind {
  CAREGIVER,
  PANEL;

  /** The kind of grant a person of {@code role} can hold; patients and admins hold none. */
  static GrantKind heldBy(Role role) {
    return switch (role) {
      case CAREGIVER -> CAREGIVER;
      case CLINICIAN -> PANEL;
      case PATIENT, ADMIN ->
          throw new IllegalArgumentException(
              "a " + role + " cannot be granted care of a patient, only a CAREGIVER or CLINICIAN");
    };
  }
}
