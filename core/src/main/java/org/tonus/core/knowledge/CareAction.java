package org.tonus.core.knowledge;

/** What a person should do about a symptom. */
public enum CareAction implements Coded {
  SEEK_CARE_NOW,
  CONTACT_PRESCRIBER
}
