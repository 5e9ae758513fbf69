package org.ismsassessor.snapshot;

import java.util.List;

/**
 * Format 1.2: an interested party relevant to the ISMS (2022 clause 4.2) with its requirements, each marked as
 * addressed by the ISMS or not (with the reason when not).
 */
public record InterestedParty(
        String id,
        String name,
        List<Requirement> requirements) {

    public InterestedParty {
        requirements = Lists.orEmpty(requirements);
    }

    /** One requirement of the party; {@code addressed} absent means the organization has not decided. */
    public record Requirement(String id, String description, Boolean addressed, String reason) {
    }
}
