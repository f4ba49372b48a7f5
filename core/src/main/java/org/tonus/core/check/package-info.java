/**
 * The prescription safety check: {@link org.tonus.core.check.Checker#check} takes a {@link
 * org.tonus.core.check.CheckRequest} and returns a {@link org.tonus.core.check.CheckResult} with
 * the order as read, one alert per problem and the mentions it could not recognise.
 *
 * <p>Each rule is a small {@code CheckRule} reading a {@code CheckContext} built once per request;
 * the {@code Checker} composes them in one list. Every number comes from a knowledge fact whose id
 * is in the alert's {@code evidence.rules} and whose sources are the alert's {@code sources}.
 *
 * <p>Severity mapping: the knowledge's and the policies' "high" and "moderate" are {@code warning},
 * "low" is {@code info}; {@code critical} only where a policy says so: a daily total at 1.5 times
 * the maximum or more (POL-02), an interruption of intrathecal delivery (POL-07), oral mcg,
 * intrathecal mg at microgram sizes, a pump concentration mismatch and a forbidden injection route
 * (POL-09), an order that cannot be read (POL-10) and a baclofen allergy with a systemic reaction
 * (POL-18). Fewer oral doses a day than usual is {@code info}, more is {@code warning}.
 *
 * <p>Intrathecal screening: a bolus off the sequence of the knowledge (IT-01, IT-02) is {@code
 * CAUTION} {@code info}; too large or too soon a bolus, or a first daily dose after implant above
 * the screening dose times the largest implant-start multiplier (IT-03-A), is {@code
 * TITRATION_TOO_FAST}. A child under weight-based rules with no weight gets a {@code
 * PEDIATRIC_LIMIT} {@code info} saying the mg/kg limits were not applied.
 *
 * <p>Alerts with the same code and the same {@code evidence.about} are one problem and merge into
 * the gravest; a too-fast titration is dropped when the same order is above the maximum or has a
 * unit error (POL-04).
 */
package org.tonus.core.check;
