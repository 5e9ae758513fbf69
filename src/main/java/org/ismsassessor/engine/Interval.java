package org.ismsassessor.engine;

import java.time.Period;

/**
 * A fact: the planned interval or grace period in force for one topic in this assessment, and where
 * it came from. Rules read thresholds from these facts, never from literals.
 */
public record Interval(IntervalTopic topic, Period period, IntervalSource source) {
}
