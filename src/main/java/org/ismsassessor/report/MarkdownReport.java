package org.ismsassessor.report;

import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.finding.Subject;

/** A Markdown summary for tickets and pull requests: verdict, scores, counts, action plan and findings. */
public final class MarkdownReport {
    private static final int TOP_ACTIONS = 15;

    private MarkdownReport() {
    }

    public static String write(AssessmentResult result, Catalogue catalogue) {
        StringBuilder md = new StringBuilder();
        Readiness readiness = result.readiness();
        md.append("# ISMS assessment of ").append(escape(ReportView.organization(result))).append("\n\n");
        md.append(catalogue.edition().title()).append(" · assessed on ").append(result.assessmentDate())
                .append(" · rule set ").append(result.assessor().ruleSetVersion()).append("\n\n");
        md.append("**Verdict: ").append(readiness.verdict().label()).append("** (").append(readiness.verdictReason())
                .append("). Overall readiness ").append(percent(readiness.overall())).append(", evidence coverage ")
                .append(percent(readiness.evidenceCoverage())).append(" of the applicable requirements and controls.\n\n");
        md.append("| Finding kind | Count |\n|---|---:|\n");
        for (FindingKind kind : FindingKind.values()) {
            md.append("| ").append(kind.label()).append(" | ").append(result.summary().byKind().get(kind.shortName())).append(" |\n");
        }
        md.append("\n## Readiness\n\n| Clause / domain | Score | Clean / applicable |\n|---|---:|---:|\n");
        for (List<Readiness.Score> scores : List.of(readiness.byClause(), readiness.byDomain())) {
            for (Readiness.Score s : scores) {
                md.append("| ").append(s.group()).append(' ').append(escape(s.title())).append(" | ")
                        .append(percent(s.score())).append(" | ").append(s.withoutNonconformity()).append(" / ")
                        .append(s.applicable()).append(" |\n");
            }
        }
        md.append("\n## Top actions\n\n");
        result.actionPlan().stream().limit(TOP_ACTIONS).forEach(a -> md.append(a.rank()).append(". **")
                .append(a.priority().name().toLowerCase()).append("** `").append(a.requirement()).append("` (")
                .append(escape(catalogue.titleOf(a.requirement()))).append(") ").append(escape(a.action())).append(" — ").append(escape(a.ownerRole())).append('\n'));
        if (result.actionPlan().size() > TOP_ACTIONS) {
            md.append("\n…and ").append(result.actionPlan().size() - TOP_ACTIONS).append(" more in the full report.\n");
        }
        md.append("\n## Findings\n");
        for (Map.Entry<String, List<Finding>> group : ReportView.byGroup(result, catalogue).entrySet()) {
            md.append("\n### ").append(group.getKey()).append(' ').append(escape(catalogue.groupTitle(group.getKey()))).append("\n\n");
            for (Finding f : group.getValue()) {
                md.append("- **").append(f.kind().label()).append("** `").append(f.requirement()).append("` (")
                        .append(escape(catalogue.titleOf(f.requirement()))).append(") ").append(escape(f.title())).append(" (").append(f.id()).append(")");
                List<String> paths = f.subjects().stream().map(Subject::path).filter(p -> p != null).toList();
                if (!paths.isEmpty()) {
                    // A grouped finding's first subjects and their count; the JSON result lists every one.
                    md.append(" — evidence: ");
                    md.append(String.join(", ", paths.stream().limit(10).map(p -> "`" + p + "`").toList()));
                    if (paths.size() > 10) {
                        md.append(" and ").append(paths.size() - 10).append(" more");
                    }
                }
                md.append('\n');
            }
        }
        decisions(md, result);
        if (result.findings().isEmpty()) {
            md.append("\nNo findings.\n");
        }
        return md.toString();
    }

    /** The decided findings apart from the open ones, and every decision with its justification, or nothing. */
    private static void decisions(StringBuilder md, AssessmentResult result) {
        if (result.decisions() == null) {
            return;
        }
        List<Finding> decided = ReportView.decidedFindings(result);
        md.append("\n## Decisions\n\nDecisions never change a finding's kind or the verdict. Open findings: ")
                .append(result.findings().size() - decided.size()).append(", decided: ").append(decided.size())
                .append(". Readiness with decisions applied: ").append(percent(result.decisions().readinessWithDecisions()))
                .append(" (plain: ").append(percent(result.readiness().overall())).append(").\n\n");
        if (!decided.isEmpty()) {
            md.append("### Decided findings\n\n");
            decided.forEach(f -> md.append("- **").append(f.kind().label()).append("** `").append(f.requirement())
                    .append("` ").append(escape(f.title())).append(" (").append(f.id()).append(")\n"));
            md.append('\n');
        }
        md.append("| Finding | Status | Decision |\n|---|---|---|\n");
        ReportView.decisions(result).forEach(d -> md.append("| ").append(d.findingId()).append(" | ").append(d.status())
                .append(" | ").append(escape(ReportView.decisionWords(d))).append(" |\n"));
    }

    private static String percent(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", score);
    }

    /** Keeps user text from being read as Markdown or HTML. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[").replace("]", "\\]")
                .replace("\n", " ");
    }
}
