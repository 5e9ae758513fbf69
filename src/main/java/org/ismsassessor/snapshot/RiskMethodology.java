package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** How risks are assessed: the scales, how a level follows from them, and what is acceptable. */
public record RiskMethodology(
        String id,
        String documentId,
        Boolean addressesRequirements,
        Scale impactScale,
        Scale likelihoodScale,
        LevelFormula levelFormula,
        String acceptanceCriteria,
        Integer acceptanceThreshold,
        String approvedBy,
        LocalDate approvedOn,
        Integer reviewIntervalMonths,
        @MayBeNever LocalDate lastRiskAssessmentOn,
        @MayBeNever LocalDate lastReviewedOn) {

    /** True when the scales and the formula are all defined, so levels can be derived from scores. */
    public boolean complete() {
        return impactScale != null && likelihoodScale != null && levelFormula != null
                && impactScale.defined() && likelihoodScale.defined();
    }

    /** True when both of the risk's scores lie on this methodology's scales. */
    public boolean onScale(Risk risk) {
        return impactScale != null && likelihoodScale != null
                && impactScale.contains(risk.impact()) && likelihoodScale.contains(risk.likelihood());
    }

    /** The level the formula gives for the risk's scores; null when they are missing or off the scales. */
    public Integer levelOf(Risk risk) {
        return complete() && onScale(risk) ? levelFormula.level(risk.impact(), risk.likelihood()) : null;
    }

    /** The lowest level the formula can give. */
    public Integer minLevel() {
        return complete() ? levelFormula.level(impactScale.min(), likelihoodScale.min()) : null;
    }

    /** The highest level the formula can give. */
    public Integer maxLevel() {
        return complete() ? levelFormula.level(impactScale.max(), likelihoodScale.max()) : null;
    }

    /** True when a risk of this level needs treatment: above the acceptance threshold. */
    public boolean unacceptable(Integer level) {
        return level != null && acceptanceThreshold != null && level > acceptanceThreshold;
    }

    /** An inclusive integer scale such as 1 to 5. */
    public record Scale(Integer min, Integer max) {
        public boolean defined() {
            return min != null && max != null && min <= max;
        }

        public boolean contains(Integer value) {
            return value != null && min != null && max != null && value >= min && value <= max;
        }
    }
}
