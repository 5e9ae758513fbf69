package org.ismsassessor.engine;

import java.time.Period;

/** The longest interval an auditor would accept for one topic, and why (from {@code config/intervals.json}). */
public record IntervalBound(IntervalTopic topic, Period max, String reason) {

    /**
     * True when {@code period} is longer than this bound. Periods mixing months and days are compared by their
     * approximate length in days (a month is 30.44 days), which is exact enough for bounds of weeks to years.
     */
    public boolean exceededBy(Period period) {
        return approximateDays(period) > approximateDays(max);
    }

    private static double approximateDays(Period period) {
        return period.toTotalMonths() * 30.436875 + period.getDays();
    }
}
