package org.ismsassessor.compare;

import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.assessment.Readiness;

/** The headline numbers of one assessment of a client, as its trend and the portfolio show them. */
public record AssessmentSummary(Client client, LocalDate date, String snapshotName, String ruleSetVersion,
        Readiness.Verdict verdict, double overall, int majors, int minors, int gaps, int observations,
        List<Readiness.Score> scores) {

    /** Every open finding, whatever its kind. */
    public int openFindings() {
        return majors + minors + gaps + observations;
    }
}
