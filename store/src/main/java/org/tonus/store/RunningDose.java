package org.tonus.store;

import java.math.BigDecimal;
import java.time.Instant;

/** One dose taken during a day and the day's total including it, both in mg at scale 3. */
public record RunningDose(Instant at, DoseKind kind, BigDecimal doseMg, BigDecimal totalMg) {}
