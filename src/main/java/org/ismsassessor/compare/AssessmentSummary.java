package org.ismsassessor.compare;

import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.assessment.Readiness;

/**
 * The headline numbers of one assessment of a client, as its trend and the portfolio show them.
 *
 * @param edition the edition of the standard it was assessed against ({@code iso27001-2005}, {@code iso27001-2022})
 */
public record AssessmentSummary(Client client, LocalDate date, String snapshotName, String ruleSetVersion,
        Readiness.Verdict verdict, double overall, int majors, int minors, int gaps, int observations,
        List<Readiness.Score> scores, String edition) {

    /** An assessment against the 2005 edition, the only one before 2022's. */
    public AssessmentSummary(Client client, LocalDate date, String snapshotName, String ruleSetVersion,
            Readiness.Verdict verdict, double overall, int majors, int minors, int gaps, int observations,
            List<Readiness.Score> scores) {
        this(client, date, snapshotName, ruleSetVersion, verdict, overall, majors, minors, gaps, observations, scores,
                org.ismsassessor.catalogue.Edition.ISO27001_2005.id());
    }

    /** The edition's title ("ISO/IEC 27001:2022 with Amd 1:2024"), or its id when this version does not know it. */
    public String standard() {
        return org.ismsassessor.catalogue.Edition.byId(edition).map(org.ismsassessor.catalogue.Edition::title).orElse(edition);
    }

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
