package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** A recorded management decision or approval, and what it refers to. */
public record ManagementDecision(
        String id,
        String kind,
        String description,
        String decidedBy,
        LocalDate decidedOn,
        List<String> references) {

    public ManagementDecision {
        references = Lists.orEmpty(references);
    }
}
