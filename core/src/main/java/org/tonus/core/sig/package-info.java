/**
 * The sig parser: free-text prescription directions read into a structured {@link
 * org.tonus.core.sig.Sig}, or refused with a message naming the part that could not be read.
 *
 * <p>Entry point: {@link org.tonus.core.sig.SigParser#parse(String)}, which returns {@link
 * org.tonus.core.sig.Parsed} or {@link org.tonus.core.sig.Refused}; {@link
 * org.tonus.core.sig.SigPrinter} writes a sig back in canonical words.
 *
 * <p>How the parts of a sig are read, so that a reader of the code or of a result knows what was
 * and was not inferred:
 *
 * <ul>
 *   <li><b>Drug.</b> Any name, brand or synonym of the knowledge's drug vocabulary; a brand gives
 *       its generic and is kept as the brand. An unknown word where the drug would stand is refused
 *       ("unknown drug 'bacloffen'").
 *   <li><b>Strength and dose.</b> An amount written before a count or followed by a form word ("10
 *       mg tab: 1/2 tab") is the strength of one unit; an amount after a count ("1 tablet (10 mg)")
 *       or standing alone is the dose. Dose = count × strength, or mL × concentration. A stated
 *       dose that disagrees with that product is refused.
 *   <li><b>Knowledge.</b> A brand's form and route come from its brand facts and its concentration
 *       from its product facts in the chosen jurisdiction, only when there is exactly one; the ids
 *       of the facts used are in {@link org.tonus.core.sig.Sig#rules()}. A liquid volume without a
 *       known concentration keeps the volume and leaves the dose absent.
 *   <li><b>Steps.</b> "then" starts a step. A step takes strength, form and route from the step
 *       before when it does not restate them, and its dose too when it names only a frequency ("10
 *       mg tid x3d then bid x3d"). "then stop" ends a schedule.
 *   <li><b>Frequency.</b> Words ("tid", "nocte"), counts per day ("3 times daily"), intervals
 *       ("q4-6h", "8 hourly"), a single dose ("bolus", "x1") or an infusion (a daily amount by the
 *       intrathecal route). Doses less often than daily are refused, not read.
 *   <li><b>Limits.</b> A count of units that no clinician would write in one dose (more than
 *       {@value org.tonus.core.sig.AmountReader#MOST_UNITS_IN_ONE_DOSE}) is refused as a likely
 *       slip; this is a reading limit, not a dosing rule.
 * </ul>
 *
 * <p>Stages, each a small class: {@code Tokenizer}, {@code TermMatcher} (against the {@code
 * Lexicon}), {@code SigReader} and {@code StepReader} with their part readers, {@code StepResolver}
 * with {@code DoseResolver} and {@code FrequencyResolver}, and {@code SigAssembler}.
 */
package org.tonus.core.sig;
