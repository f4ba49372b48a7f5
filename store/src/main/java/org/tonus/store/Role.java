package org.tonus.store;

/** What a person is to the diary: whose data it is, or who may act for them. */
public enum Role {
  PATIENT,
  CAREGIVER,
  CLINICIAN,
  ADMIN
}
