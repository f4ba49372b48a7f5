package org.tonus.core.sig;

/**
 * What the sig parser made of one text: a structured {@link Sig}, or a refusal naming the part it
 * could not read. There is no third outcome and no guess in between.
 */
public sealed interface SigParse permits Parsed, Refused {}
