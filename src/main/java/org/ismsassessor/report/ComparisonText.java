package org.ismsassessor.report;

import java.util.List;
import java.util.Map;
import org.ismsassessor.compare.Comparison;
import org.ismsassessor.compare.Comparison.FindingChange;

/** A comparison for the terminal: sides, verdicts, score deltas, classified findings, SoA changes, regressions. */
public final class ComparisonText {
    private ComparisonText() {
    }

    public static String write(Comparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append(ComparisonView.title(comparison)).append('\n');
        side(out, "earlier", comparison.earlier());
        side(out, "later", comparison.later());
        if (!ComparisonView.standards(comparison).isEmpty()) {
            out.append("  ").append(ComparisonView.standards(comparison)).append('\n');
        }
        out.append("\nReadiness                                       earlier   later   delta\n");
        for (Comparison.ScoreChange s : ComparisonView.scores(comparison)) {
            String label = s.group().equals("all") ? s.title() : s.group() + " " + s.title();
            out.append(String.format("  %-44.44s %8s %7s %7s%n", label, ComparisonView.percent(s.earlier()),
                    ComparisonView.percent(s.later()), ComparisonView.delta(s.delta())));
        }
        if (comparison.findings() != null) {
            out.append("\nFindings: ").append(ComparisonView.headline(comparison)).append('\n');
            for (Map.Entry<String, List<FindingChange>> section : ComparisonView.sections(comparison).entrySet()) {
                if (!section.getValue().isEmpty()) {
                    out.append("  ").append(section.getKey()).append('\n');
                    for (FindingChange change : section.getValue()) {
                        var shown = ComparisonView.shown(change);
                        out.append(String.format("    [%s] %s %s (%s)%n", ComparisonView.kinds(change),
                                change.requirement(), shown.title(), shown.id()));
                    }
                }
            }
        }
        if (comparison.controls() != null) {
            out.append("\nSoA status changes: ").append(comparison.controls().size()).append('\n');
            comparison.controls().forEach(c -> out.append(String.format("  %-10s %s → %s%n", c.control(),
                    c.earlierLabel(), c.laterLabel())));
        }
        if (!comparison.crossClient()) {
            out.append("\nRegressions: ").append(comparison.regressions().size()).append('\n');
            comparison.regressions().forEach(r -> out.append(String.format("  ! %s: %s%n", r.kind().words(), r.description())));
        }
        if (!comparison.notes().isEmpty()) {
            out.append("\nNotes\n");
            comparison.notes().forEach(n -> out.append("  ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static void side(StringBuilder out, String label, Comparison.Side side) {
        out.append(String.format("  %-8s %s  %s: %s, overall %s (major %d, minor %d, gap %d, observation %d)%n",
                label, side.assessmentDate(), ComparisonView.name(side), side.verdict().label(),
                ComparisonView.percent(side.overall()), side.findingsByKind().get("major"),
                side.findingsByKind().get("minor"), side.findingsByKind().get("gap"),
                side.findingsByKind().get("observation")));
    }
}
