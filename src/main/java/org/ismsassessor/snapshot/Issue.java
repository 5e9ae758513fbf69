package org.ismsassessor.snapshot;

import java.util.List;

/**
 * Format 1.2: an external or internal issue of the context analysis (2022 clause 4.1). The issue about climate change
 * ({@code climateChange} true) records the organization's determination whether it is relevant, and why.
 */
public record Issue(
        String id,
        IssueKind kind,
        String description,
        Boolean climateChange,
        Boolean relevant,
        String reasoning,
        List<String> riskIds) {

    public Issue {
        riskIds = Lists.orEmpty(riskIds);
    }
}
