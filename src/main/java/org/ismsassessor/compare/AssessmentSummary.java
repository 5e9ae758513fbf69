package org.ismsassessor.compare;

import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.assessment.Readiness;

/** The headline numbers of one assessment of a client, as its trend and the portfolio show them. */
public record AssessmentSummary(Client client, LocalDate date, String snapshotName, String ruleSetVersion,
        Readiness.Verdict verdict, double overall, int majors, int minors, int gaps, int observations,
        List<Readiness.Score> scores) {

    /** How a stored assessment names its rule set and grading table: {@code <rule set> graded <grading version>}. */
    public static String ruleSetAndGrading(String ruleSetVersion, String gradingVersion) {
        return gradingVersion == null ? ruleSetVersion : ruleSetVersion + " graded " + gradingVersion;
    }

    /** The version of the grading table this assessment was graded by, or null for one stored before there was one. */
    public String gradingVersion() {
        int at = ruleSetVersion == null ? -1 : ruleSetVersion.indexOf(" graded ");
        return at < 0 ? null : ruleSetVersion.substring(at + " graded ".length());
    }

    /** Every open finding, whatever its kind. */
    public int openFindings() {
        return majors + minors + gaps + observations;
    }
}
