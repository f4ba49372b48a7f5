package org.tonus.core.triage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tonus.core.check.CheckPatient;
import org.tonus.core.check.CurrentOrder;
import org.tonus.core.check.PumpSettings;

/**
 * The patient and the regimen they are on now, when the triage request carries them: triage then
 * checks that regimen for that patient as well ({@code today} is the check's date; no clock is
 * read).
 */
public record TriageRegimen(
    CheckPatient patient, CurrentOrder current, Optional<PumpSettings> pump, LocalDate today) {
  public TriageRegimen {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(pump, "pump");
    Objects.requireNonNull(today, "today");
  }

  public static TriageRegimen of(CheckPatient patient, CurrentOrder current, LocalDate today) {
    return new TriageRegimen(patient, current, Optional.empty(), today);
  }
}
