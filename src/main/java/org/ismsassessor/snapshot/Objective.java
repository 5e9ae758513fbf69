package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** A measurable information security objective. */
public record Objective(
        String id,
        String description,
        String owner,
        LocalDate targetDate,
        String measure,
        String status) {
}
