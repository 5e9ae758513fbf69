package org.ismsassessor.report;

import java.util.List;
import java.util.Map;
import org.ismsassessor.compare.Comparison;
import org.ismsassessor.compare.Comparison.FindingChange;

/** A comparison in Markdown, for tickets and pull requests. */
public final class ComparisonMarkdown {
    private ComparisonMarkdown() {
    }

    public static String write(Comparison comparison) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownReport.escape(ComparisonView.title(comparison))).append("\n\n");
        md.append("| | Date | Verdict | Overall | Major | Minor | Gap | Observation |\n|---|---|---|---:|---:|---:|---:|---:|\n");
        row(md, "Earlier", comparison.earlier());
        row(md, "Later", comparison.later());
        if (!ComparisonView.standards(comparison).isEmpty()) {
            md.append('\n').append(MarkdownReport.escape(ComparisonView.standards(comparison))).append('\n');
        }
        md.append("\n## Readiness\n\n| Clause / domain | Earlier | Later | Delta |\n|---|---:|---:|---:|\n");
        for (Comparison.ScoreChange s : ComparisonView.scores(comparison)) {
            String label = s.group().equals("all") ? "**" + s.title() + "**" : s.group() + " " + MarkdownReport.escape(s.title());
            md.append("| ").append(label).append(" | ").append(ComparisonView.percent(s.earlier())).append(" | ")
                    .append(ComparisonView.percent(s.later())).append(" | ").append(ComparisonView.delta(s.delta())).append(" |\n");
        }
        if (!comparison.crossClient()) {
            md.append("\n## Regressions\n\n");
            if (comparison.regressions().isEmpty()) {
                md.append("None.\n");
            }
            comparison.regressions().forEach(r -> md.append("- **").append(r.kind().words()).append("** `")
                    .append(r.requirement()).append("` ").append(MarkdownReport.escape(r.description())).append('\n'));
        }
        if (comparison.findings() != null) {
            md.append("\n## Findings\n\n").append(ComparisonView.headline(comparison)).append(".\n");
            for (Map.Entry<String, List<FindingChange>> section : ComparisonView.sections(comparison).entrySet()) {
                if (!section.getValue().isEmpty()) {
                    md.append("\n### ").append(section.getKey()).append("\n\n");
                    for (FindingChange change : section.getValue()) {
                        var shown = ComparisonView.shown(change);
                        md.append("- ").append(ComparisonView.kinds(change)).append(" `").append(change.requirement())
                                .append("` ").append(MarkdownReport.escape(shown.title())).append(" (")
                                .append(shown.id()).append(")\n");
                    }
                }
            }
        }
        if (comparison.controls() != null && !comparison.controls().isEmpty()) {
            md.append("\n## SoA status changes\n\n| Control | Earlier | Later |\n|---|---|---|\n");
            comparison.controls().forEach(c -> md.append("| ").append(c.control()).append(" | ").append(c.earlierLabel())
                    .append(" | ").append(c.laterLabel()).append(" |\n"));
        }
        if (!comparison.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            comparison.notes().forEach(n -> md.append("- ").append(MarkdownReport.escape(n)).append('\n'));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String label, Comparison.Side side) {
        Map<String, Integer> counts = side.findingsByKind();
        md.append("| ").append(label).append(" | ").append(side.assessmentDate()).append(" | ").append(side.verdict().label())
                .append(" | ").append(ComparisonView.percent(side.overall())).append(" | ").append(counts.get("major"))
                .append(" | ").append(counts.get("minor")).append(" | ").append(counts.get("gap")).append(" | ")
                .append(counts.get("observation")).append(" |\n");
    }
}
