/**
 * Symptom triage for patients and caregivers: {@link org.tonus.core.triage.Triage#triage} takes a
 * {@link org.tonus.core.triage.TriageRequest} (the person's words, the context, optionally the
 * patient and the current regimen) and returns a {@link org.tonus.core.triage.TriageResult}.
 *
 * <p>Reading: the text is split into words the same way as the symptom vocabulary; vocabulary
 * phrases are matched longest first (so "not hungry" is a symptom, not a denial), filler words may
 * stand between a phrase's words ("legs are weak"), and an unknown word of 5 or more letters may
 * differ from a vocabulary word by one edit (two from 8 letters; a swap of neighbours counts one).
 * Known words and negation words are never corrected. A negation ("no", "not", "without", "never",
 * "don't", "denies" ...) reaches to the end of its clause: punctuation, "but" and its kin, or
 * "and"/"then" before a new subject. Intensity words of the clause (mild, lasting, severe) qualify
 * its symptoms. Content words left over are listed as {@code unrecognised}, never guessed.
 *
 * <p>Grading (POL-08 in seek-care.yaml): per symptom from the seek-care facts (seek-care-now,
 * contact-prescriber) and the adverse-effect facts that give a rate or call it common, for the
 * jurisdiction and route in use (oral unless the request, a pump word or an intrathecal regimen
 * says intrathecal). Overdose and withdrawal signs form a pattern only together or with their
 * context; the weights are in {@code PatternJudge}. WD-06 keeps the pattern whose context is
 * present, and both when the context does not decide or the other is graver. The outcome is the
 * most urgent of the symptoms, the patterns, a pump problem (always SEEK_CARE_NOW), a recent stop
 * (at least CONTACT_PRESCRIBER), regimen alerts that need the prescriber (critical ones,
 * RENAL_ADJUST, DOSE_ABOVE_MAX) and unrecognised words (at least CONTACT_PRESCRIBER).
 */
package org.tonus.core.triage;
