package org.ismsassessor.compare;

import java.time.LocalDate;
import org.ismsassessor.assessment.AssessmentResult;

/** One side of a comparison: an assessment's result and the SoA statuses the organization declared then. */
public record Assessed(AssessmentResult result, ControlStatuses controls) {

    /** The client the assessment belongs to: the organization id, or its name for results that lack the id. */
    public String client() {
        AssessmentResult.SnapshotInfo snapshot = result.snapshot();
        return snapshot.organizationId() != null ? snapshot.organizationId() : snapshot.organization();
    }

    public LocalDate date() {
        return result.assessmentDate();
    }
}
