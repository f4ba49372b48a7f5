package org.tonus.core.plan;

/** A step in which no baclofen is taken: the end of a taper. */
public record NoDose() implements Preparation {}
