package org.tonus.core.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tonus.core.knowledge.Fact;
import org.tonus.core.knowledge.FactField;
import org.tonus.core.knowledge.FactKind;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.MarketStatus;
import org.tonus.core.knowledge.ProductForm;
import org.tonus.core.knowledge.Route;
import org.tonus.core.knowledge.YesNoUnknown;
import org.tonus.core.quantity.Unit;

/**
 * Expresses a dose in real tablets: the marketed tablet strengths of a jurisdiction (product facts,
 * {@code form: tablet}, {@code status: marketed}) or a prescriber's own list, using the fewest
 * pieces. Halves are used only of tablets whose product fact says {@code scored: yes}, and only
 * when the prescriber allows halves (POL-04-G). A dose that cannot be made exactly is reported as
 * {@link NotMakeable}, never rounded.
 *
 * <p>Among equally few pieces it prefers fewer halves, then the larger strengths.
 */
public final class TabletSplitter implements Preparer {
  // Guards against absurd requests (a gram in 0.5 mg pieces); no real dose comes near it.
  private static final int MAX_UNITS = 200_000;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final List<Tablet> tablets;
  private final boolean allowHalves;
  private final List<Fact> products;
  private final List<BigDecimal> unmarketed;

  // Derived once from the tablets: every dose of a plan is split with the same pieces.
  private final List<Piece> pieces;
  private final BigDecimal unit;
  // The unit as a long when it is a whole number of mg (the usual case), else 0.
  private final long wholeUnit;
  private final int[] unitsPerPiece;
  private final String description;

  private record Tablet(BigDecimal strengthMg, boolean scored) {}

  /** A whole tablet or a half of {@code tablets[tablet]}, weighing {@code mg}. */
  private record Piece(int tablet, BigDecimal strengthMg, boolean half, BigDecimal mg) {}

  private TabletSplitter(
      List<Tablet> tablets, boolean allowHalves, List<Fact> products, List<BigDecimal> unmarketed) {
    this.tablets = List.copyOf(tablets);
    this.allowHalves = allowHalves;
    this.products = List.copyOf(products);
    this.unmarketed = List.copyOf(unmarketed);
    this.pieces = pieces(this.tablets, allowHalves);
    this.unit = pieces.isEmpty() ? BigDecimal.ONE : granularity(pieces);
    this.wholeUnit = unit.scale() == 0 && unit.precision() <= 18 ? unit.longValue() : 0;
    this.unitsPerPiece =
        pieces.stream().mapToInt(p -> p.mg().divide(unit).intValueExact()).toArray();
    this.description = description(this.tablets, halvable());
  }

  /**
   * A splitter for a jurisdiction. {@code strengthsMg} replaces the marketed strengths when not
   * empty; a strength there that is not marketed is kept and listed by {@link
   * #unmarketedStrengthsMg()} (and counts as unscored).
   */
  public static TabletSplitter forJurisdiction(
      Knowledge knowledge,
      Jurisdiction jurisdiction,
      List<BigDecimal> strengthsMg,
      boolean allowHalves) {
    return of(knowledge.facts(FactKind.PRODUCT), jurisdiction, strengthsMg, allowHalves);
  }

  /** As {@link #forJurisdiction}, from the product facts already picked out of the pack. */
  static TabletSplitter of(
      List<Fact> products,
      Jurisdiction jurisdiction,
      List<BigDecimal> strengthsMg,
      boolean allowHalves) {
    List<Fact> marketed =
        products.stream()
            .filter(f -> f.kind() == FactKind.PRODUCT)
            .filter(f -> f.scope().appliesIn(jurisdiction))
            .filter(f -> f.scope().route().map(r -> r == Route.ORAL).orElse(true))
            .filter(
                f ->
                    f.values().choice(FactField.FORM, ProductForm.class).orElseThrow()
                        == ProductForm.TABLET)
            .filter(
                f ->
                    f.values().choice(FactField.MARKET_STATUS, MarketStatus.class).orElseThrow()
                        == MarketStatus.MARKETED)
            .toList();
    Map<BigDecimal, Fact> byStrength = new LinkedHashMap<>();
    for (Fact fact : marketed) {
      byStrength.putIfAbsent(strength(fact), fact);
    }
    List<Tablet> tablets = new ArrayList<>();
    List<Fact> used = new ArrayList<>();
    List<BigDecimal> unmarketed = new ArrayList<>();
    List<BigDecimal> wanted =
        strengthsMg.isEmpty() ? List.copyOf(byStrength.keySet()) : strengthsMg;
    for (BigDecimal strength : wanted.stream().map(Amounts::normal).distinct().toList()) {
      Optional<Fact> product = Optional.ofNullable(byStrength.get(strength));
      product.ifPresentOrElse(used::add, () -> unmarketed.add(strength));
      boolean scored =
          product
              .flatMap(f -> f.values().choice(FactField.SCORED, YesNoUnknown.class))
              .map(s -> s == YesNoUnknown.YES)
              .orElse(false);
      tablets.add(new Tablet(strength, scored));
    }
    tablets.sort(Comparator.comparing(Tablet::strengthMg).reversed());
    return new TabletSplitter(tablets, allowHalves, used, unmarketed);
  }

  /** The dose in the fewest tablets, or why it cannot be made exactly. Zero is {@link NoDose}. */
  public Preparation split(BigDecimal doseMg) {
    if (doseMg.signum() < 0) {
      throw new IllegalArgumentException("doseMg " + doseMg.toPlainString() + " is negative");
    }
    if (doseMg.signum() == 0) {
      return new NoDose();
    }
    if (pieces.isEmpty()) {
      return new NotMakeable("no tablet strengths are available");
    }
    int[] used = fewestPieces(doseMg);
    return used == null ? cannotMake(doseMg) : new DoseInTablets(tabletCounts(used));
  }

  /** As {@link #split}, without writing out the tablets. */
  @Override
  public boolean canMake(BigDecimal doseMg) {
    if (doseMg.signum() < 0) {
      throw new IllegalArgumentException("doseMg " + doseMg.toPlainString() + " is negative");
    }
    return doseMg.signum() > 0 && !pieces.isEmpty() && fewestPieces(doseMg) != null;
  }

  @Override
  public Preparation prepare(BigDecimal doseMg) {
    return split(doseMg);
  }

  @Override
  public BigDecimal granularityMg() {
    return unit;
  }

  @Override
  public String describe() {
    return description;
  }

  private static String description(List<Tablet> tablets, List<BigDecimal> halved) {
    String whole =
        listed(tablets.stream().map(Tablet::strengthMg).sorted().toList()) + " mg tablets";
    return halved.isEmpty() ? whole : whole + ", or halves of the scored " + listed(halved) + " mg";
  }

  /** The strengths used, largest first. */
  public List<BigDecimal> strengthsMg() {
    return tablets.stream().map(Tablet::strengthMg).toList();
  }

  /** Requested strengths that no marketed product of the jurisdiction has. */
  public List<BigDecimal> unmarketedStrengthsMg() {
    return unmarketed;
  }

  /** The product facts of the strengths used. */
  List<Fact> products() {
    return products;
  }

  private NotMakeable cannotMake(BigDecimal doseMg) {
    String halves =
        allowHalves
            ? (halvable().isEmpty() ? " (none of them is scored, so no halves)" : "")
            : " (halves not allowed)";
    return new NotMakeable(
        Amounts.plain(doseMg) + " mg cannot be made exactly from " + describe() + halves);
  }

  private List<BigDecimal> halvable() {
    return allowHalves
        ? tablets.stream().filter(Tablet::scored).map(Tablet::strengthMg).sorted().toList()
        : List.of();
  }

  /** Whole tablets and allowed halves, largest first, a whole before a half of equal mg. */
  private static List<Piece> pieces(List<Tablet> tablets, boolean allowHalves) {
    List<Piece> pieces = new ArrayList<>();
    for (int t = 0; t < tablets.size(); t++) {
      Tablet tablet = tablets.get(t);
      pieces.add(new Piece(t, tablet.strengthMg(), false, tablet.strengthMg()));
      if (allowHalves && tablet.scored()) {
        pieces.add(
            new Piece(
                t, tablet.strengthMg(), true, Amounts.normal(tablet.strengthMg().multiply(HALF))));
      }
    }
    pieces.sort(Comparator.comparing(Piece::mg).reversed().thenComparing(Piece::half));
    return List.copyOf(pieces);
  }

  /** The greatest amount every piece is a whole multiple of. */
  private static BigDecimal granularity(List<Piece> pieces) {
    int scale = pieces.stream().mapToInt(p -> Math.max(0, p.mg().scale())).max().orElse(0);
    BigInteger gcd = BigInteger.ZERO;
    for (Piece piece : pieces) {
      gcd = gcd.gcd(piece.mg().movePointRight(scale).toBigIntegerExact());
    }
    return Amounts.normal(new BigDecimal(gcd).movePointLeft(scale));
  }

  /**
   * How many of each piece make {@code doseMg} with the fewest pieces, by dynamic programming over
   * multiples of the granularity; ties go to fewer halves, then to the piece listed first (the
   * largest). Null when no sum of pieces gives the dose exactly.
   */
  private int[] fewestPieces(BigDecimal doseMg) {
    int units = units(doseMg);
    if (units < 0) {
      return null;
    }
    int[] size = unitsPerPiece;
    long[] cost = new long[units + 1];
    int[] choice = new int[units + 1];
    java.util.Arrays.fill(cost, Long.MAX_VALUE);
    cost[0] = 0;
    for (int u = 1; u <= units; u++) {
      for (int i = 0; i < size.length; i++) {
        if (size[i] <= u && cost[u - size[i]] != Long.MAX_VALUE) {
          // pieces weigh far more than halves, so a half only decides between equal piece counts
          long candidate = cost[u - size[i]] + 1_000_000L + (pieces.get(i).half() ? 1 : 0);
          if (candidate < cost[u]) {
            cost[u] = candidate;
            choice[u] = i;
          }
        }
      }
    }
    if (cost[units] == Long.MAX_VALUE) {
      return null;
    }
    int[] used = new int[size.length];
    for (int u = units; u > 0; u -= size[choice[u]]) {
      used[choice[u]]++;
    }
    return used;
  }

  /** The dose in units of the granularity; -1 when it is not a whole number of them, or absurd. */
  private int units(BigDecimal doseMg) {
    if (wholeUnit > 0 && doseMg.scale() == 0 && doseMg.precision() <= 18) {
      // Whole mg and a whole unit: exact in a long, without the BigDecimal division.
      long mg = doseMg.longValue();
      return mg % wholeUnit != 0 || mg / wholeUnit > MAX_UNITS ? -1 : (int) (mg / wholeUnit);
    }
    BigDecimal[] quotient = doseMg.divideAndRemainder(unit);
    if (quotient[1].signum() != 0 || quotient[0].compareTo(BigDecimal.valueOf(MAX_UNITS)) > 0) {
      return -1;
    }
    return quotient[0].intValueExact();
  }

  /** The pieces used as tablets per strength, largest strength first (as the tablets are kept). */
  private List<TabletCount> tabletCounts(int[] used) {
    int[] halves = new int[tablets.size()];
    for (int i = 0; i < used.length; i++) {
      Piece piece = pieces.get(i);
      halves[piece.tablet()] += used[i] * (piece.half() ? 1 : 2);
    }
    List<TabletCount> counts = new ArrayList<>(tablets.size());
    for (int t = 0; t < halves.length; t++) {
      if (halves[t] > 0) {
        // an odd number of halves is n.5 tablets: exactly halves x 5 at scale 1
        BigDecimal count =
            halves[t] % 2 == 0
                ? BigDecimal.valueOf(halves[t] / 2)
                : BigDecimal.valueOf(halves[t] * 5L, 1);
        counts.add(new TabletCount(tablets.get(t).strengthMg(), count));
      }
    }
    return counts;
  }

  private static BigDecimal strength(Fact product) {
    return Amounts.normal(
        product.values().quantity(FactField.STRENGTH).orElseThrow().to(Unit.MG).amount());
  }

  private static String listed(List<BigDecimal> amounts) {
    List<String> words = amounts.stream().map(Amounts::plain).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
        + " and "
        + words.get(words.size() - 1);
  }
}
