package org.tonus.dur;

import java.util.Optional;
import java.util.function.Function;
import org.tonus.fhir.lean.Lean;
import org.tonus.fhir.lean.Lean.MedicationDef;
import org.tonus.fhir.lean.Lean.MedicationRow;

/**
 * Resolves the medicationReference of a MedicationRequest or MedicationStatement row to the code of
 * the export's Medication it names, by the FHIR module's rule ({@link MedicationDef#isNamedBy}),
 * before the rows are grouped by patient: the job joins on {@link #key}, the plain loop looks the
 * key up in a map. A row whose reference names no Medication of the export keeps its reference (and
 * its display, if any, as its words), as the FHIR path reads it. Stateless.
 */
final class References {
  /** A line can name a Medication by reference only if it holds this word. */
  private static final String WORD = "medicationReference";

  /** Starts a shuffled line that carries the Medication line its reference names. */
  private static final char JOINED = '\u0001';

  private References() {}

  /** Whether the line may name a Medication by reference (a cheap test before parsing it). */
  static boolean mayName(String line) {
    return line.contains(WORD);
  }

  /**
   * The id of the Medication a row of {@code line} names by reference, when the row is a
   * MedicationRequest or MedicationStatement that takes part in the join; empty otherwise.
   */
  static Optional<String> key(String line, Lean lean) {
    if (lean instanceof MedicationRow row
        && !row.medicationReference().isEmpty()
        && mayName(line)) {
      return MedicationDef.idNamedBy(row.medicationReference());
    }
    return Optional.empty();
  }

  /** The row with its reference resolved through {@code byId} (a map's get), if it names one. */
  static Lean resolve(String line, Lean lean, Function<String, MedicationDef> byId) {
    Optional<String> key = key(line, lean);
    if (key.isEmpty()) {
      return lean;
    }
    MedicationDef medication = byId.apply(key.get());
    return medication == null ? lean : ((MedicationRow) lean).resolvedBy(medication);
  }

  /** A row's line joined with the line of the Medication it names, to travel as one text. */
  static String joined(String medicationLine, String line) {
    // neither line holds a raw newline (NDJSON) nor a raw control character (JSON)
    return JOINED + medicationLine + "\n" + line;
  }

  /** The record of a shuffled text: a line, or a row's line joined with its Medication's. */
  static Lean read(String text, String type) {
    if (text.isEmpty() || text.charAt(0) != JOINED) {
      return ((LineReader.Read) LineReader.read(text, type)).lean();
    }
    int newline = text.indexOf('\n');
    String line = text.substring(newline + 1);
    MedicationDef medication =
        ((LineReader.Defined) LineReader.read(text.substring(1, newline), LineReader.MEDICATION))
            .medication();
    return ((MedicationRow) ((LineReader.Read) LineReader.read(line, type)).lean())
        .resolvedBy(medication);
  }
}
