package org.tonus.core.plan;

/**
 * How one dose is given: in tablets, as a measured volume of liquid, not at all (a stopped step),
 * or not makeable exactly with what is available, which a plan says rather than rounding silently.
 */
public sealed interface Preparation permits DoseInTablets, DoseInLiquid, NoDose, NotMakeable {}
