package org.tonus.fhir;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The observations a check uses, each the latest of its kind, converted to the units the core
 * takes. Absent means not on file, never normal.
 */
record Labs(
    Optional<BigDecimal> serumCreatinineMgDl,
    Optional<BigDecimal> creatinineClearanceMlMin,
    Optional<BigDecimal> weightKg,
    boolean pregnant) {}
