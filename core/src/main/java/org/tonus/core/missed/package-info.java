/**
 * Missed oral doses: {@link org.tonus.core.missed.MissedDoseAdvisor#advise} turns the time a dose
 * was due, the time now and the next dose time into take now or skip, never a double dose (POL-11,
 * MISS-02-*). Times are passed in; the package reads no clock.
 */
package org.tonus.core.missed;
