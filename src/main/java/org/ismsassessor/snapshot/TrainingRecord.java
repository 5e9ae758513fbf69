package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** A person's completion of a course and how its effect was evaluated. */
public record TrainingRecord(
        String id,
        String personId,
        String courseId,
        LocalDate completedOn,
        String evaluation) {
}
