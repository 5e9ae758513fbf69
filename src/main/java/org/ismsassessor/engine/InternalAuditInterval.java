package org.ismsassessor.engine;

import java.time.Period;

/**
 * A fact derived by the clause 6 rules: the planned interval between internal audits of each area (the audit
 * programme's own {@code plannedIntervalMonths} wins over the 'internal-audit' interval in force), and in
 * words where it comes from.
 */
public record InternalAuditInterval(Period period, String source) {
}
