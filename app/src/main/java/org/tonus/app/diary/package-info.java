/**
 * The diary's outputs for a patient, read from the store: the calendar feed (iCalendar) and the
 * FHIR export of everything stored. No HTTP here; routes call these.
 */
package org.tonus.app.diary;
