package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** One measurement result for a metric. */
public record Measurement(
        String id,
        String metricId,
        LocalDate measuredOn,
        String value,
        Boolean targetMet) {
}
