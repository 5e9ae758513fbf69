package org.ismsassessor.report;

import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.ControlApplicability;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;

/**
 * A readable summary for a terminal: first the verdict, its reason, the overall readiness and the evidence
 * coverage; then counts by kind and by clause, the computed Statement of Applicability in counts, and the top
 * recommended actions.
 */
public final class TextReport {
    private static final int TOP_ACTIONS = 10;

    private TextReport() {
    }

    public static String write(AssessmentResult result, Catalogue catalogue) {
        StringBuilder out = new StringBuilder();
        var snapshot = result.snapshot();
        out.append(verdictLines(result.readiness())).append('\n');
        out.append("ISMS assessment of ").append(orDash(snapshot.organization()))
                .append(" (").append(orDash(snapshot.name())).append(")\n");
        out.append("Standard: ").append(catalogue.edition().title())
                .append("   Assessment date: ").append(result.assessmentDate())
                .append("   Rule set: ").append(result.assessor().ruleSetVersion())
                .append(" (").append(result.assessor().rules()).append(" rules)\n\n");

        Map<String, Integer> byKind = result.summary().byKind();
        out.append("Findings: ").append(result.summary().total()).append('\n');
        for (FindingKind kind : FindingKind.values()) {
            out.append(String.format("  %-26s %4d%n", kind.label(), byKind.get(kind.shortName())));
        }
        if (!result.summary().byClause().isEmpty()) {
            out.append("\n  major minor   gap   obs   Clause or Annex A domain\n");
            result.summary().byClause().forEach((clause, counts) -> out.append(String.format(
                    "  %5d %5d %5d %5d   %s %s%n", counts.get("major"), counts.get("minor"), counts.get("gap"),
                    counts.get("observation"), clause, titleBeside(clause, catalogue.groupTitle(clause)))));
        }
        statementOfApplicability(out, result.statementOfApplicability());
        List<AssessmentResult.PlannedAction> top = result.actionPlan().stream().limit(TOP_ACTIONS).toList();
        if (!top.isEmpty()) {
            out.append("\nTop recommended actions\n");
            for (AssessmentResult.PlannedAction action : top) {
                Finding finding = result.findings().stream().filter(f -> f.id().equals(action.findingId()))
                        .findFirst().orElseThrow();
                out.append(String.format("  %2d. [%s] %s %s%n      %s%n      owner: %s%n", action.rank(),
                        action.priority().name().toLowerCase(), action.requirement(), finding.title(),
                        action.action(), action.ownerRole()));
            }
        }
        decisions(out, result);
        if (result.findings().isEmpty()) {
            out.append("\nNo findings: every checked requirement is met by the snapshot's evidence.\n");
        }
        return out.toString();
    }

    /** The decisions on findings, when there are any: the decided findings apart, each decision with why. */
    private static void decisions(StringBuilder out, AssessmentResult result) {
        if (result.decisions() == null) {
            return;
        }
        List<Finding> decided = ReportView.decidedFindings(result);
        out.append("\nDecisions (they never change a finding's kind or the verdict)\n");
        out.append("  Open findings: ").append(result.findings().size() - decided.size()).append("   Decided: ")
                .append(decided.size()).append("   Readiness with decisions applied: ")
                .append(ReportView.percent(result.decisions().readinessWithDecisions())).append(" (plain: ")
                .append(ReportView.percent(result.readiness().overall())).append(")\n");
        for (Finding f : decided) {
            out.append("  decided: [").append(ReportView.kindName(f.kind())).append("] ").append(f.requirement())
                    .append(' ').append(f.title()).append(" (").append(f.id()).append(")\n");
        }
        for (var d : ReportView.decisions(result)) {
            out.append("  ").append(d.status()).append(": ").append(d.findingId()).append(' ')
                    .append(ReportView.decisionWords(d)).append('\n');
        }
    }

    /** The first lines of the summary: what a reader looks for before anything else. */
    static String verdictLines(Readiness readiness) {
        StringBuilder out = new StringBuilder();
        out.append("Verdict: ").append(readiness.verdict().label()).append('\n');
        out.append("Why: ").append(readiness.verdictReason()).append('\n');
        out.append("Readiness: ").append(ReportView.percent(readiness.overall()))
                .append("   Evidence coverage: ").append(ReportView.percent(readiness.evidenceCoverage()))
                .append(" of the applicable requirements and controls\n");
        return out.toString();
    }

    private static void statementOfApplicability(StringBuilder out, List<ControlApplicability> controls) {
        out.append("\nStatement of Applicability: ").append(controls.size()).append(" Annex A controls\n");
        line(out, "Expected", controls.stream().filter(ControlApplicability::expected).count(),
                "always, by a characteristic or by a treated risk");
        line(out, "Selected", controls.stream().filter(ControlApplicability::selected).count(), "");
        line(out, "Excluded", controls.stream().filter(ControlApplicability::excluded).count(), "");
        line(out, "Contradicted", controls.stream().filter(ControlApplicability::contradicted).count(),
                "expected, yet excluded");
        line(out, "Not in the SoA", controls.stream().filter(c -> !c.listedInSoa()).count(), "");
    }

    private static void line(StringBuilder out, String label, long count, String note) {
        out.append(String.format("  %-26s %4d%s%n", label, count, note.isEmpty() ? "" : "   " + note));
    }

    private static String titleBeside(String id, String title) {
        return title.equals(id) ? "" : title;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
