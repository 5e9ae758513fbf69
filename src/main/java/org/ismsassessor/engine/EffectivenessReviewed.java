package org.ismsassessor.engine;

import java.time.LocalDate;

/**
 * A derived fact: dated evidence that the ISMS's effectiveness was reviewed (an effectiveness review, or a
 * management review that took the effectiveness measurements into account), with the field that shows it.
 */
public record EffectivenessReviewed(String id, LocalDate reviewedOn, String field) {
}
