package org.ismsassessor.finding;

/**
 * Why a finding has its kind, traceable to one line of the edition's grading table.
 *
 * @param table  the grading table and its version, e.g. {@code iso27001-2005/grading.csv@3f2a9c}
 * @param line   the line of the table that grades the finding's rule (0 for a user rule graded by {@code @grade})
 * @param base   the base grade the table gives the rule
 * @param reason in plain words: the base grade, and any escalation ("escalated: 7 of 9 accounts") or lateness
 */
public record Grading(String table, int line, FindingKind base, String reason) {
}
