package org.tonus.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tonus.core.sig.Parsed;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigParse;
import org.tonus.core.sig.SigParser;

/**
 * The sig parser's answers remembered by text. Medication lists repeat the same few hundred sigs
 * across patients ("amlodipine 5 mg po daily"), and a parse depends on nothing but the text and the
 * jurisdiction's parser, so a remembered answer is the answer. Bounded: once full it stops
 * remembering new texts rather than evicting, which keeps it lock-free and its memory fixed; a
 * capacity of zero turns it off.
 *
 * <p>What the rules derive from a remembered sig alone (its daily amounts, whether it is oral, its
 * structured view) is remembered beside it the first time it is asked for: pure functions of the
 * sig, hence of the text. A sig the memo did not hand out is derived afresh every time.
 */
final class SigMemo {
  /** Enough for a hospital formulary's sigs; each entry is a few hundred bytes. */
  static final int DEFAULT_CAPACITY = 20_000;

  private final SigParser parser;
  private final int capacity;
  private final Map<String, Entry> parses = new ConcurrentHashMap<>();

  SigMemo(SigParser parser, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be 0 or more, not " + capacity);
    }
    this.parser = parser;
    this.capacity = capacity;
  }

  SigParse parse(String text) {
    Entry known = parses.get(text);
    if (known != null) {
      return known.parse;
    }
    SigParse parse = parser.parse(text);
    if (parses.size() < capacity) {
      parses.putIfAbsent(text, new Entry(parse));
    }
    return parse;
  }

  /** How many texts are remembered. */
  int remembered() {
    return parses.size();
  }

  /** {@link Doses#dailyMg}. */
  Optional<BigDecimal> dailyMg(Sig sig) {
    Entry entry = entry(sig);
    if (entry == null) {
      return Doses.dailyMg(sig);
    }
    Optional<BigDecimal> known = entry.dailyMg;
    if (known == null) {
      known = Doses.dailyMg(sig);
      entry.dailyMg = known;
    }
    return known;
  }

  /** {@link Doses#dailyMcg}. */
  Optional<BigDecimal> dailyMcg(Sig sig) {
    Entry entry = entry(sig);
    if (entry == null) {
      return Doses.dailyMcg(sig);
    }
    Optional<BigDecimal> known = entry.dailyMcg;
    if (known == null) {
      known = Doses.dailyMcg(sig);
      entry.dailyMcg = known;
    }
    return known;
  }

  /** {@link Totals#oral}. */
  boolean oral(Sig sig) {
    Entry entry = entry(sig);
    if (entry == null) {
      return Totals.oral(sig);
    }
    Boolean known = entry.oral;
    if (known == null) {
      known = Totals.oral(sig);
      entry.oral = known;
    }
    return known;
  }

  /** {@link TitrationRule#levelsMg}. */
  Optional<List<BigDecimal>> levelsMg(Sig sig) {
    Entry entry = entry(sig);
    if (entry == null) {
      return TitrationRule.levelsMg(sig);
    }
    Optional<List<BigDecimal>> known = entry.levelsMg;
    if (known == null) {
      known = TitrationRule.levelsMg(sig);
      entry.levelsMg = known;
    }
    return known;
  }

  /**
   * The co-medication a text names ({@code recognise}, the checker's reading of a medication
   * mention: a pure function of the text and the pack), remembered with the text's parse once there
   * is one.
   */
  Optional<Medication> medication(String text, Function<String, Optional<Medication>> recognise) {
    Entry entry = parses.get(text);
    if (entry == null) {
      return recognise.apply(text);
    }
    Optional<Medication> known = entry.medication;
    if (known == null) {
      known = recognise.apply(text);
      entry.medication = known;
    }
    return known;
  }

  /** {@link ParsedOrders#of}. */
  ParsedOrder parsedOrder(Sig sig) {
    Entry entry = entry(sig);
    if (entry == null) {
      return ParsedOrders.of(sig, this);
    }
    ParsedOrder known = entry.parsedOrder;
    if (known == null) {
      known = ParsedOrders.of(sig, this);
      entry.parsedOrder = known;
    }
    return known;
  }

  /** The entry that handed out this very sig, or null. */
  private Entry entry(Sig sig) {
    Entry entry = parses.get(sig.text());
    return entry != null && entry.parse instanceof Parsed parsed && parsed.sig() == sig
        ? entry
        : null;
  }

  /**
   * One remembered parse and what was derived from it. The derived fields are filled on first use
   * without a lock: each is an immutable value computed from the sig alone, so two threads racing
   * compute the same value and either write may win.
   */
  private static final class Entry {
    final SigParse parse;
    Optional<BigDecimal> dailyMg;
    Optional<BigDecimal> dailyMcg;
    Boolean oral;
    Optional<List<BigDecimal>> levelsMg;
    ParsedOrder parsedOrder;
    Optional<Medication> medication;

    Entry(SigParse parse) {
      this.parse = parse;
    }
  }
}
