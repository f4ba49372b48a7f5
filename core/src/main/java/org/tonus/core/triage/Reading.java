package org.tonus.core.triage;

import java.util.List;

/**
 * What the reader made of a text: the symptoms mentioned, and the content words it did not know.
 */
record Reading(List<Mention> mentions, List<String> unrecognised) {
  Reading {
    mentions = List.copyOf(mentions);
    unrecognised = List.copyOf(unrecognised);
  }
}
