package org.ismsassessor.snapshot;

import java.util.List;
import java.util.Map;

/**
 * Who the organization is and what it does: its characteristics decide which Annex A controls are
 * expected. A characteristic left out is unknown, not false.
 */
public record Organization(
        String id,
        String name,
        String sector,
        Integer employees,
        String ismsOwner,
        Map<String, Boolean> characteristics,
        List<String> classificationScheme,
        AccessPolicy accessPolicy,
        Map<String, String> intervals) {

    public Organization {
        characteristics = characteristics == null ? Map.of() : Map.copyOf(characteristics);
        classificationScheme = Lists.orEmpty(classificationScheme);
        intervals = intervals == null ? Map.of() : Map.copyOf(intervals);
    }

    /** The minimums the organization's access control policy sets for authentication and sessions. */
    public record AccessPolicy(
            Integer minPasswordLength,
            Integer passwordHistory,
            Integer maxPasswordAgeDays,
            Boolean multiFactorEquivalent,
            Integer sessionTimeoutMinutes) {
    }
}
