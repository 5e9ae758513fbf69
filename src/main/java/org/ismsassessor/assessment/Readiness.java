package org.ismsassessor.assessment;

import java.util.List;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * How far the organization is from certification: a score per clause 4-8, per Annex A domain and overall,
 * and a verdict. See {@link ReadinessCalculator} for how scores are computed.
 *
 * @param evidenceCoverage 0 to 100: the share of applicable requirements and controls the snapshot lets the rules
 *                         decide (neither a gap nor blocked by a missing element)
 * @param notEvidenced     the mandatory ISMS elements the snapshot does not evidence, in the order to produce them
 */
public record Readiness(Verdict verdict, String verdictReason, double overall, double evidenceCoverage,
        List<String> notEvidenced, List<Score> byClause, List<Score> byDomain) {

    public Readiness {
        // A result saved by format 1.0 has no notEvidenced: read as none.
        notEvidenced = notEvidenced == null ? List.of() : List.copyOf(notEvidenced);
        byClause = List.copyOf(byClause);
        byDomain = List.copyOf(byDomain);
    }

    /** The certification verdict, as a certification auditor would put it. */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Verdict {
        /**
         * A mandatory ISMS element is not evidenced, or at least one major nonconformity: certification cannot be
         * granted until they are produced or closed.
         */
        NOT_READY("Not ready"),
        /** Minor nonconformities or missing evidence only: certifiable once they are addressed. */
        READY_WITH_CONDITIONS("Ready with conditions"),
        /** No nonconformity and no missing evidence. */
        READY("Ready");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The score of one clause or domain.
     *
     * @param applicable the requirement or control ids that apply there
     * @param withoutNonconformity how many of them have no major or minor nonconformity
     * @param score 0 to 100: the mean credit of the applicable ids (see {@link ReadinessCalculator})
     */
    public record Score(String group, String title, int applicable, int withoutNonconformity, double score) {
    }
}
