package org.ismsassessor.engine;

import java.time.Period;

/**
 * A fact: the organization states an interval for {@code topic} longer than the most an auditor would accept
 * ({@code bound}, for {@code reason}); the interval in force is the bound, and a rule reports the stated one.
 */
public record IntervalBeyondBound(IntervalTopic topic, Period stated, Period bound, String reason) {

    /** The topic's key, as written in {@code organization.intervals}. */
    public String key() {
        return topic.key();
    }
}
