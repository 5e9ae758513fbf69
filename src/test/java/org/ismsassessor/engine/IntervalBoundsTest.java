package org.ismsassessor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntervalBoundsTest {

    private final IntervalSettings defaults = IntervalSettings.defaults();

    @Test
    void everyTopicHasABoundWithAReasonAndNoDefaultIsBeyondItsBound() {
        for (IntervalTopic topic : IntervalTopic.values()) {
            IntervalBound bound = defaults.bound(topic);
            assertThat(bound).as(topic.key()).isNotNull();
            assertThat(bound.reason()).as(topic.key()).isNotBlank();
            assertThat(bound.exceededBy(defaults.get(topic).period())).as(topic.key()).isFalse();
        }
    }

    @Test
    void anOrganizationIntervalBeyondItsBoundIsReplacedByTheBoundAndKept() {
        IntervalSettings inForce = defaults.withOrganizationIntervals(Map.of("leaver-grace", "P5Y", "access-review", "P6M"));
        assertThat(inForce.get(IntervalTopic.LEAVER_GRACE).period()).isEqualTo(Period.ofDays(7));
        assertThat(inForce.get(IntervalTopic.LEAVER_GRACE).source()).isEqualTo(IntervalSource.ORGANIZATION);
        assertThat(inForce.get(IntervalTopic.ACCESS_REVIEW).period()).isEqualTo(Period.ofMonths(6));
        assertThat(inForce.beyondBounds()).containsExactly(new IntervalBeyondBound(IntervalTopic.LEAVER_GRACE,
                Period.ofYears(5), Period.ofDays(7), defaults.bound(IntervalTopic.LEAVER_GRACE).reason()));
    }

    @Test
    void periodsInDifferentUnitsAreComparedByTheirLength() {
        IntervalBound month = new IntervalBound(IntervalTopic.BACKUP, Period.ofMonths(1), "r");
        assertThat(month.exceededBy(Period.ofDays(30))).isFalse();
        assertThat(month.exceededBy(Period.ofDays(32))).isTrue();
        assertThat(month.exceededBy(Period.ofWeeks(4))).isFalse();
        assertThat(new IntervalBound(IntervalTopic.MANAGEMENT_REVIEW, Period.ofMonths(12), "r").exceededBy(Period.ofYears(1)))
                .isFalse();
    }
}
