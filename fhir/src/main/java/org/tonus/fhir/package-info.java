/**
 * FHIR R4 in and out for Tonus, on HAPI FHIR's R4 structures; HAPI types stay in this module and
 * never reach the core.
 *
 * <p>In: {@link org.tonus.fhir.FhirCheckIntake} reads a Bundle (JSON text or parsed) or a {@link
 * org.tonus.fhir.ClinicalRecord} into the core's {@code CheckRequest}, refusing what it cannot read
 * with a {@link org.tonus.fhir.FhirInputException} that names the resource and element; {@link
 * org.tonus.fhir.OperationOutcomes} turns a refusal into an OperationOutcome.
 *
 * <p>Out: {@link org.tonus.fhir.DetectedIssues} (a check result), {@link
 * org.tonus.fhir.PlanRequests} (titration and taper plans), {@link
 * org.tonus.fhir.MedicationKnowledgeWriter} (the monograph). Every resource they write validates
 * against the base R4 specification (the tests run HAPI's instance validator on each).
 *
 * <p>One {@code FhirContext} per process (it is expensive to build) is passed in; the classes are
 * thread-safe.
 */
package org.tonus.fhir;
