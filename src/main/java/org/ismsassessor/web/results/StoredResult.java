package org.ismsassessor.web.results;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.ismsassessor.assessment.Readiness;

/** The headline of a stored result: what a list of results shows. */
public record StoredResult(String id, String client, LocalDate assessedOn, LocalDateTime submittedAt,
        String submittedBy, String snapshotName, Readiness.Verdict verdict, double overall, int majors, int minors,
        int gaps, int observations) {
}
