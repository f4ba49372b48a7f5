package org.tonus.core.triage;

import java.util.List;
import java.util.Set;

/**
 * The English function words triage reads around the symptoms: negation cues, the words that end a
 * negation's reach, intensity cues, and words that carry no symptom (left out of {@code
 * unrecognised}). These are grammar, not clinical knowledge; symptom words live in the vocabulary.
 */
final class Language {
  private Language() {}

  /** Words that deny what follows ("no chest pain", "don't have a fever", "denies fits"). */
  static final Set<String> NEGATIONS =
      words(
          "no not without never dont doesnt didnt denies deny denied isnt arent wasnt"
              + " werent havent hasnt hadnt nor neither none nothing nobody free");

  /** Words that close a negation's reach: a new, contrasting clause starts. */
  static final Set<String> SCOPE_ENDS =
      words("but however although though yet except apart whereas");

  /** "and" or "then" followed by one of these starts a new clause ("and I", "and my legs"). */
  static final Set<String> CLAUSE_STARTS =
      words(
          "i im ive id ill my me he hes she shes they theyre we were it its his her their"
              + " our now then also there theres this that");

  static final Set<String> CLAUSE_JOINS = words("and then plus");

  /** Words that make a symptom sound mild or passing. */
  static final Set<String> MILD =
      words(
          "bit slightly slight mild mildly little somewhat touch first settling easing"
              + " better occasionally occasional");

  /** Words that make a symptom sound severe (SEEK-02-A: "very heavy sleepiness"). */
  static final Set<String> SEVERE =
      words(
          "very extremely severe severely badly terrible terribly awful worst heavy"
              + " heavily unbearable intense extreme massive huge cannot cant unable sudden"
              + " suddenly");

  /**
   * Words that say a symptom lasts or grows (SEEK-09: tell the prescriber if it lasts or worsens).
   */
  static final Set<String> LASTING =
      words(
          "worse worsening constant constantly persistent persisting lasting ongoing"
              + " still weeks months increasing always");

  /**
   * Words that may stand between the words of a vocabulary phrase ("legs are weak" for "legs weak",
   * "feeling really sick" for "feeling sick"); a phrase's own such words are optional.
   */
  static final Set<String> FILLERS =
      words(
          "a an the is are am was were be been my his her their your feel feels felt"
              + " feeling really so quite too very bit little all getting got get keep keeps"
              + " kept of to in on at im i me");

  /** Words with no symptom in them, never reported as unrecognised. */
  static final Set<String> STOP_WORDS =
      words(
          "i im ive id ill me my mine myself we our us you your he hes him his she shes"
              + " her they theyre them their it its this that these those a an the and or so is"
              + " am are was were be been being have has had having do does did doing feel feels"
              + " felt feeling really just also too quite pretty lot lots since for of in on at"
              + " to from with after before about as today yesterday tonight now day days week"
              + " morning afternoon evening night last few some got get getting gets keep keeps"
              + " kept kind sort like think seem seems seemed again then when while all any"
              + " there theres here what who which because if than over up down out off into by"
              + " dose doses baclofen medicine medication tablet tablets pill pills taking took"
              + " take taken started starting start new fine ok okay well good much more can"
              + " could would will should may might must bit little since hi hello please help"
              + " thanks thank um go going gone went come came coming around time times hours"
              + " hour ago because cause want know sure maybe think mum mom dad husband wife son"
              + " daughter child partner patient fewer less every each other both either one two"
              + " three been yes bit abit abit things thing something anything everything where"
              + " how why whole body since until ever way same usual normal noticed notice"
              + " having stuff say said tell told see able make makes made being had stand"
              + " standing stood lately recently sometimes often once twice only even already"
              + " lunch dinner breakfast bed work home school house evenings mornings nights"
              + " minutes four five six many");

  /** The set of the space-separated words; a word listed twice is harmless here. */
  private static Set<String> words(String words) {
    return Set.copyOf(List.of(words.trim().split("\\s+")));
  }
}
