package org.ismsassessor.engine;

import java.time.Period;

/**
 * A derived fact: the planned cycle of internal audits (the audit programme's own interval, else the
 * 'internal-audit' interval in force), and where it comes from, in words.
 */
public record InternalAuditCycle(Period period, String source) {
}
