package org.ismsassessor.snapshot;

import java.util.List;

/** A business process, how critical it is, and the disruptive events identified for it. */
public record BusinessProcess(
        String id,
        String name,
        String owner,
        Boolean critical,
        List<ContinuityEvent> continuityEvents,
        List<String> assetIds) {

    public BusinessProcess {
        continuityEvents = Lists.orEmpty(continuityEvents);
        assetIds = Lists.orEmpty(assetIds);
    }

    /** An event that could interrupt the process, with its information security impact. */
    public record ContinuityEvent(String event, String securityImpact) {
    }
}
