package org.tonus.core.missed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;

/** Whatever the times, the advice is one usual dose at most: never a double dose. */
class MissedDosePropertiesTest {
  private static final MissedDoseAdvisor ADVISOR =
      new MissedDoseAdvisor(KnowledgeLoader.loadBundled());
  private static final LocalDateTime START = LocalDateTime.parse("2026-11-23T00:00");

  @Property(tries = 1000)
  void neverMoreThanOneDose(
      @ForAll Jurisdiction jurisdiction,
      @ForAll @IntRange(min = 0, max = 3 * 24 * 60) int missedMinute,
      @ForAll @IntRange(min = 0, max = 24 * 60) int lateMinutes,
      @ForAll @IntRange(min = 1, max = 24 * 60) int minutesToNext,
      @ForAll @IntRange(min = 1, max = 400) int doseTenthsMg) {
    LocalDateTime missedAt = START.plusMinutes(missedMinute);
    LocalDateTime now = missedAt.plusMinutes(lateMinutes);
    BigDecimal dose = BigDecimal.valueOf(doseTenthsMg, 1);
    MissedDoseAdvice advice =
        ADVISOR.advise(jurisdiction, missedAt, now, now.plusMinutes(minutesToNext), dose);
    assertThat(advice.doseMg()).isLessThanOrEqualTo(dose);
    assertThat(advice.doseMg().signum() == 0 || advice.doseMg().compareTo(dose) == 0).isTrue();
    assertThat(advice.neverDouble()).isTrue();
    assertThat(advice.action() == MissedDoseAction.SKIP).isEqualTo(advice.doseMg().signum() == 0);
  }
}
