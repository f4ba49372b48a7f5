package org.tonus.core.sig;

import java.util.Objects;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;

/**
 * Reads free-text prescription directions ("baclofen 10 mg po tid", "Ozobax 10 mL tid", "1/2 tab hs
 * x3 days, then 1/2 tab bid") into a {@link Sig}, or refuses with a message naming the part it
 * could not read. It never guesses: an unknown drug, a number without a unit, a volume of a tablet,
 * a missing frequency are refusals, not defaults.
 *
 * <p>Stages, each a small class: {@link Tokenizer} (characters to words, numbers, symbols), {@link
 * TermMatcher} (longest match against the {@link Lexicon}: keywords and the vocabulary's drug
 * names), {@link SigReader} and {@link StepReader} (terms to drafts, one step per "then"), {@link
 * StepResolver} (drafts to exact doses with the knowledge's products) and {@link SigAssembler}. No
 * regular expression runs per sig.
 *
 * <p>Immutable and thread-safe: the lexicon, product catalog and condition index are built once in
 * the constructor from the knowledge, for the jurisdiction whose products decide brand
 * concentrations.
 */
public final class SigParser {
  private final WordTable words;
  private final TermMatcher matcher;
  private final SigAssembler assembler;

  public SigParser(Knowledge knowledge, Jurisdiction jurisdiction) {
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Lexicon lexicon = new Lexicon(knowledge.drugs());
    this.words = lexicon.words();
    this.matcher = new TermMatcher(lexicon);
    this.assembler =
        new SigAssembler(
            new ProductCatalog(knowledge, jurisdiction),
            new ConditionIndex(knowledge.conditions()));
  }

  /** Reads {@code text}; never throws for any text, returns {@link Parsed} or {@link Refused}. */
  public SigParse parse(String text) {
    Objects.requireNonNull(text, "text");
    Reading reading = matcher.match(text, Tokenizer.tokenize(text, words));
    if (SigReader.isBlank(reading, 0, reading.size())) {
      return new Refused("empty sig", 0, text.length());
    }
    SigDraft draft = SigReader.read(reading);
    Sig sig = draft == null ? null : assembler.assemble(reading, draft);
    return sig == null ? reading.refusal() : new Parsed(sig);
  }
}
