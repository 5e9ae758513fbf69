package org.ismsassessor.snapshot;

import java.util.List;

/** How the effectiveness of a control or group of controls is measured, or a security indicator. */
public record Metric(
        String id,
        String name,
        List<String> controlIds,
        String method,
        String target,
        Integer frequencyMonths,
        Boolean indicator,
        String measuredBy,
        Integer analysisIntervalMonths) {

    public Metric {
        controlIds = Lists.orEmpty(controlIds);
    }
}
