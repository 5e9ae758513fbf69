package org.ismsassessor.snapshot;

import java.util.List;

/** Format 1.2: one entry of the communication plan: what is communicated about the ISMS, when, to whom and how. */
public record CommunicationPlanEntry(
        String id,
        String topic,
        String timing,
        List<String> audiences,
        String channel,
        String owner) {

    public CommunicationPlanEntry {
        audiences = Lists.orEmpty(audiences);
    }
}
