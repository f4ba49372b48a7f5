package org.tonus.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reading mechanics the cases rely on, one at a time. */
class SymptomReaderTest {
  private static final SymptomReader READER =
      new SymptomReader(new Lexicon(TriageCasesTest.KNOWLEDGE));

  @Test
  void casePunctuationAndCurlyApostrophesDoNotMatter() {
    Reading reading = READER.read("SLEEPY!! and I can\u2019t  BREATHE");
    assertThat(reading.mentions())
        .extracting(m -> m.symptom().id() + "=" + m.matched())
        .containsExactly("drowsiness=SLEEPY", "shortness-of-breath=can\u2019t  BREATHE");
  }

  @Test
  void aDenialReachesAcrossOrAndStopsAtBut() {
    Reading reading = READER.read("no fever or chills, but a rash");
    assertThat(reading.mentions())
        .extracting(m -> m.symptom().id() + (m.negated() ? " denied" : ""))
        .containsExactly("high-fever denied", "rash");
    assertThat(reading.unrecognised()).containsExactly("chills");
  }

  @Test
  void aDenialStopsAtAndBeforeANewSubject() {
    Reading reading = READER.read("no headache and my legs are weak");
    assertThat(reading.mentions())
        .extracting(m -> m.symptom().id() + (m.negated() ? " denied" : ""))
        .containsExactly("headache denied", "leg-weakness");
  }

  @Test
  void intensityBelongsToTheClause() {
    Reading reading = READER.read("a bit sleepy, but terrible headaches");
    assertThat(reading.mentions())
        .extracting(m -> m.symptom().id() + " " + m.intensity())
        .containsExactly("drowsiness MILD", "headache SEVERE");
  }

  @Test
  void misspellingsAreForgivenByLength() {
    assertThat(EditDistance.between("siezure", "seizure", 1)).isEqualTo(1);
    assertThat(EditDistance.between("halucinatoins", "hallucinations", 2)).isEqualTo(2);
    assertThat(EditDistance.between("abc", "xyz", 1)).isEqualTo(2);
    Lexicon lexicon = new Lexicon(TriageCasesTest.KNOWLEDGE);
    assertThat(lexicon.edits("drowzy", "drowsy")).isEqualTo(1);
    assertThat(lexicon.edits("weal", "weak")).as("never under 5 letters").isEqualTo(-1);
    assertThat(lexicon.edits("sleep", "sleepy")).as("a known word is kept").isEqualTo(-1);
    assertThat(lexicon.edits("nott", "not")).as("never into a negation").isEqualTo(-1);
    assertThat(lexicon.edits("confuzed", "confused")).isEqualTo(1);
  }
}
