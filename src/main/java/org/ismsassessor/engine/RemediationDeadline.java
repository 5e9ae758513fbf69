package org.ismsassessor.engine;

import java.time.LocalDate;

/**
 * A fact derived by the A.12 rules: the day by which a vulnerability must be remediated (its own deadline, else its
 * discovery plus the time allowed for its severity) and, in words, where that deadline comes from.
 */
public record RemediationDeadline(String vulnerabilityId, LocalDate deadline, String basis) {
}
