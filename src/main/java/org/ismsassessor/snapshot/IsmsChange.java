package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * Format 1.2: a change to the ISMS itself (2022 clause 6.3), planned with its purpose, its possible consequences, the
 * resources it needs and who is responsible for it.
 */
public record IsmsChange(
        String id,
        String description,
        String purpose,
        String consequences,
        String resources,
        String responsible,
        LocalDate plannedOn) {

    /** The planning aspects this change leaves blank, by their field keys, in a fixed order. */
    public List<String> missingAspects() {
        List<String> missing = new java.util.ArrayList<>();
        if (blank(purpose)) {
            missing.add("purpose");
        }
        if (blank(consequences)) {
            missing.add("consequences");
        }
        if (blank(resources)) {
            missing.add("resources");
        }
        if (blank(responsible)) {
            missing.add("responsible");
        }
        return List.copyOf(missing);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
