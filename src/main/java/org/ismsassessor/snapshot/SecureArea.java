package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * A physically secured area, its entry controls and (format 1.2, A.7.4) how it is monitored for unauthorized entry;
 * {@code monitoring} stays null when not given, so that "not shown" and "not monitored" differ.
 */
public record SecureArea(String id, String name, List<String> entryControls, List<String> monitoring,
        LocalDate monitoringReviewedOn) {
    public SecureArea {
        entryControls = Lists.orEmpty(entryControls);
        monitoring = monitoring == null ? null : List.copyOf(monitoring);
    }
}
