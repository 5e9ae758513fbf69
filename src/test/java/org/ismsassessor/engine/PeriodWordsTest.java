package org.ismsassessor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PeriodWordsTest {

    @Test
    void writesPeriodsInWords() {
        assertThat(PeriodWords.of(Period.parse("P6M"))).isEqualTo("6 months");
        assertThat(PeriodWords.of(Period.parse("P1D"))).isEqualTo("1 day");
        assertThat(PeriodWords.of(Period.parse("P30D"))).isEqualTo("30 days");
        assertThat(PeriodWords.of(Period.parse("P2W"))).isEqualTo("2 weeks");
        assertThat(PeriodWords.of(Period.parse("P1Y6M"))).isEqualTo("1 year 6 months");
        assertThat(PeriodWords.of(Period.ZERO)).isEqualTo("0 days");
    }
}
