package org.ismsassessor.engine;

import java.time.LocalDate;

/**
 * A derived fact: dated evidence that the risk assessment was reviewed or redone (the methodology's review or
 * assessment date, or a risk-assessment-review activity), with the field that shows it.
 */
public record RiskAssessmentReviewed(String id, LocalDate reviewedOn, String field) {
}
