package org.tonus.app.output;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One step of a titration or taper plan as the downloads write it: days and dates (both inclusive),
 * doses a day, mg a dose and a day, and what to take each time in words.
 */
public record PlanRow(
    int fromDay,
    int toDay,
    LocalDate fromDate,
    LocalDate toDate,
    int dosesPerDay,
    BigDecimal doseMg,
    BigDecimal dailyMg,
    String eachDose) {}
