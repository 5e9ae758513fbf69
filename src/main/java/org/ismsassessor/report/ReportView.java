package org.ismsassessor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;

/** What the human-readable reports share: findings grouped by clause or domain in the standard's order. */
final class ReportView {
    private ReportView() {
    }

    /** Findings per clause or Annex A domain, groups in the standard's order, findings in result order. */
    static Map<String, List<Finding>> byGroup(AssessmentResult result, Catalogue catalogue) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (String group : catalogue.groups()) {
            List<Finding> inGroup = new ArrayList<>();
            for (Finding f : result.findings()) {
                // A finding decided as a whole is listed apart (see decidedFindings), never hidden.
                if (catalogue.groupOf(f.requirement()).equals(group) && !decided(result, f)) {
                    inGroup.add(f);
                }
            }
            if (!inGroup.isEmpty()) {
                groups.put(group, inGroup);
            }
        }
        return groups;
    }

    /** True when a decision that applies covers the finding as a whole. */
    static boolean decided(AssessmentResult result, Finding finding) {
        return result.decisions() != null && result.decisions().decides(finding.id());
    }

    /** The findings decided as a whole, in result order: reports list them apart from the open ones. */
    static List<Finding> decidedFindings(AssessmentResult result) {
        return result.findings().stream().filter(f -> decided(result, f)).toList();
    }

    /** Every decision of the result, applied first, then lapsed; empty when there are none. */
    static List<org.ismsassessor.assessment.Decisions.Outcome> decisions(AssessmentResult result) {
        if (result.decisions() == null) {
            return List.of();
        }
        List<org.ismsassessor.assessment.Decisions.Outcome> all = new ArrayList<>(result.decisions().applied());
        all.addAll(result.decisions().lapsed());
        return all;
    }

    /** A decision in one line of words: kind, item, justification, approval or due date, who, when, until when. */
    static String decisionWords(org.ismsassessor.assessment.Decisions.Outcome d) {
        StringBuilder out = new StringBuilder(d.kind().label());
        if (d.subject() != null) {
            out.append(" (item ").append(d.subject()).append(')');
        }
        out.append(": ").append(d.justification());
        if (d.approval() != null) {
            out.append("; approved by ").append(d.approval());
        }
        if (d.dueDate() != null) {
            out.append("; due ").append(d.dueDate());
        }
        out.append("; decided by ").append(d.decidedBy()).append(" on ").append(d.decidedOn())
                .append(", expires ").append(d.expiresOn());
        if (d.lapsedBecause() != null) {
            out.append(" [lapsed: ").append(d.lapsedBecause()).append(']');
        }
        return out.toString();
    }

    /** The kind as written in JSON and CSS: major-nonconformity, minor-nonconformity, gap, observation. */
    static String kindName(FindingKind kind) {
        return kind.name().toLowerCase().replace('_', '-');
    }

    /** A score of 0 to 100 as "45.0%", the same in every locale. */
    static String percent(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", score);
    }

    /** A planned interval in words ("12 months"), never as P12M. */
    static String periodWords(java.time.Period period) {
        return period == null ? "" : org.ismsassessor.engine.PeriodWords.of(period);
    }

    /** How many actions the executive summary lists under "what to do first". */
    static final int FIRST_ACTIONS = 5;
    private static final int ROOT_CAUSES = 5;

    /**
     * The few findings that explain most of the rest, for an executive summary: missing elements that keep other
     * checks from running (the roots), then major nonconformities, in result order.
     */
    static List<Finding> rootCauses(AssessmentResult result) {
        List<Finding> causes = new ArrayList<>();
        result.findings().stream().filter(f -> !f.blocks().isEmpty()).forEach(causes::add);
        result.findings().stream().filter(f -> f.blocks().isEmpty() && f.kind() == FindingKind.MAJOR_NONCONFORMITY)
                .forEach(causes::add);
        return causes.stream().limit(ROOT_CAUSES).toList();
    }

    /** An interval topic's configuration key in words: "internal-audit" as "Internal audit". */
    static String topicWords(String key) {
        String words = key.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Where an interval came from, in words. */
    static String sourceWords(org.ismsassessor.engine.IntervalSource source) {
        return switch (source) {
            case DEFAULT -> "assessor's default";
            case OVERRIDE -> "override file";
            case ORGANIZATION -> "the organization's own";
        };
    }

    static String organization(AssessmentResult result) {
        return result.snapshot().organization() == null ? "(unnamed organization)" : result.snapshot().organization();
    }
}
