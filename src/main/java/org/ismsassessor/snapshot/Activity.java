package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * A recurring ISMS activity that was performed: monitoring, reviews, communications, compliance checks.
 * The period it covers is kept apart from the date it was performed.
 */
public record Activity(
        String id,
        ActivityKind kind,
        String description,
        LocalDate performedOn,
        String performedBy,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<String> subjectIds,
        String reportedTo,
        String outcome,
        String recordId,
        List<String> controlIds) {

    public Activity {
        subjectIds = Lists.orEmpty(subjectIds);
        controlIds = Lists.orEmpty(controlIds);
    }
}
