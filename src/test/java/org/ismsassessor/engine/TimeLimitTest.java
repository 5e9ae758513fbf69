package org.ismsassessor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.Assessment;
import org.junit.jupiter.api.Test;

/** An assessment past its time limit is halted and reports nothing, rather than running on. */
class TimeLimitTest {

    @Test
    void anAssessmentPastItsTimeLimitIsStopped() {
        Assessment limited = new Assessment(TestEngine.CATALOGUE, TestEngine.RULES, Duration.ofNanos(1));
        assertThatThrownBy(() -> limited.assess(Samples.load("brightpath-software"), LocalDate.of(2026, 11, 29),
                IntervalSettings.defaults()))
                .isInstanceOf(TimeLimitExceeded.class)
                .hasMessage("the assessment took longer than its time limit of 0 ms");
    }

    @Test
    void anAssessmentWithinItsTimeLimitCompletes() {
        Assessment limited = new Assessment(TestEngine.CATALOGUE, TestEngine.RULES, Duration.ofMinutes(5));
        var result = limited.assess(Samples.load("brightpath-software"), LocalDate.of(2026, 11, 29),
                IntervalSettings.defaults());
        assertThat(result.findings()).hasSize(TestEngine.ASSESSMENT.assess(Samples.load("brightpath-software"),
                LocalDate.of(2026, 11, 29), IntervalSettings.defaults()).findings().size());
    }
}
