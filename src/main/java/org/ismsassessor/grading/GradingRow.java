package org.ismsassessor.grading;

import java.util.Set;
import org.ismsassessor.finding.FindingKind;

/**
 * One line of a grading table: how the findings of one rule are graded and treated by the findings pass.
 *
 * @param requirement the requirement the rule checks, as the table says ({@code null} for a rule checking each control)
 * @param line       the line in the table file (1-based), or 0 for a user rule graded by its {@code @grade}
 * @param root       the element whose absence the rule reports ({@code null} when it is not a root rule)
 * @param needs      elements without which the rule's findings are only consequences of a missing root
 * @param twinOf     the rule that raises the same fact under a more specific requirement, or null
 * @param groupUnder for a rule checking each control, the requirement its group of controls is raised against
 */
public record GradingRow(String rule, String requirement, FindingKind base, Escalation escalation, boolean lateness, String root,
        Set<String> needs, String twinOf, String groupUnder, String note, int line) {

    public GradingRow {
        needs = Set.copyOf(needs);
    }

    /** A user rule's grade, declared with {@code @grade} in its metadata: no escalation, root or twins. */
    public static GradingRow declared(String rule, FindingKind base) {
        return new GradingRow(rule, null, base, Escalation.NONE, false, null, Set.of(), null, null,
                "graded by the rule's @grade", 0);
    }

    public boolean isRoot() {
        return root != null;
    }
}
