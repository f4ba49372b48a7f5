package org.tonus.core.renal;

import java.util.List;

/**
 * The outcome of asking for a creatinine clearance: a value with its working, or the list of what
 * is missing. Never a guessed value.
 */
public sealed interface ClearanceResult permits CreatinineClearance, ClearanceUnavailable {

  /** Fact ids applied. */
  List<String> rules();

  /** Source ids of those facts. */
  List<String> sources();
}
