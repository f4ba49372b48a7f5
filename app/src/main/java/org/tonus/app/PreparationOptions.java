package org.tonus.app;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tonus.app.request.RequestFields;
import picocli.CommandLine.Option;

/** How a plan's doses are made up (tablets, halves, a liquid) and the zone of its calendar. */
final class PreparationOptions {

  @Option(
      names = "--tablet-strengths",
      split = ",",
      description = "Tablet strengths in mg to use, e.g. 10,20 (default: the marketed ones).")
  List<BigDecimal> tabletStrengthsMg = new ArrayList<>();

  @Option(names = "--no-halves", description = "Do not split tablets, even scored ones.")
  boolean noHalves;

  @Option(
      names = "--liquid-mg-per-ml",
      description = "Plan in mL of an oral liquid of this strength instead of tablets.")
  Optional<BigDecimal> liquidMgPerMl;

  @Option(
      names = "--time-zone",
      description = "Zone of the dose times in --format ics (default: this computer's zone).")
  Optional<ZoneId> timeZone;

  List<BigDecimal> tabletStrengthsMg() {
    return tabletStrengthsMg;
  }

  boolean allowHalves() {
    return !noHalves;
  }

  Optional<BigDecimal> liquidMgPerMl() {
    return liquidMgPerMl;
  }

  /** The request's {@code tabletStrengthsMg}; empty means the jurisdiction's marketed ones. */
  static List<BigDecimal> tabletStrengthsMg(RequestFields request) {
    return request.decimals("tabletStrengthsMg");
  }

  static boolean allowHalves(RequestFields request) {
    return request.bool("allowHalves").orElse(true);
  }

  static Optional<BigDecimal> liquidMgPerMl(RequestFields request) {
    return request.decimal("liquidConcentrationMgPerMl");
  }

  ZoneId zone() {
    return timeZone.orElseGet(ZoneId::systemDefault);
  }
}
