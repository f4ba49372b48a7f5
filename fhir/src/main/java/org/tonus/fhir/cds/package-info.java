/**
 * CDS Hooks 2.0 (https://cds-hooks.org) for the {@code order-select} and {@code order-sign} hooks,
 * as plain records mapped with Jackson ({@link org.tonus.fhir.cds.CdsJson}); no HAPI CDS module.
 *
 * <p>{@link org.tonus.fhir.cds.CdsServices#discovery()} is the discovery document; {@link
 * org.tonus.fhir.cds.CdsOrderService#call} answers a hook call with cards, using the prefetch and,
 * for keys the client did not prefetch, a {@link org.tonus.fhir.cds.FhirFetcher} ({@link
 * org.tonus.fhir.cds.HttpFhirFetcher} over HTTP with the client's bearer token). No HTTP server
 * code lives here; the app module routes requests to these classes.
 */
package org.tonus.fhir.cds;
