package org.tonus.app.output;

import java.time.LocalDateTime;

/** One dose time of a plan as it goes into a calendar: when, a short title and the full text. */
public record CalendarDose(LocalDateTime at, String summary, String description) {}
