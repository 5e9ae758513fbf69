package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** One management review: when, the inputs it considered and the outputs it decided. */
public record ManagementReview(
        String id,
        LocalDate heldOn,
        String chairedBy,
        List<String> attendees,
        String minutesDocumentId,
        List<ReviewInput> inputs,
        List<ReviewOutput> outputs,
        List<ReviewConclusion> conclusions,
        LocalDate nextReviewPlannedOn) {

    public ManagementReview {
        attendees = Lists.orEmpty(attendees);
        inputs = Lists.orEmpty(inputs);
        outputs = Lists.orEmpty(outputs);
        conclusions = Lists.orEmpty(conclusions);
    }
}
