package org.ismsassessor.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ismsassessor.compare.Comparison;
import org.ismsassessor.compare.Comparison.FindingChange;
import org.ismsassessor.compare.Comparison.FindingRef;

/** What the comparison reports share: section titles, headline counts and number formats. */
final class ComparisonView {
    private ComparisonView() {
    }

    /** The classified findings under their headings, in reading order: what got better first. */
    static Map<String, List<FindingChange>> sections(Comparison comparison) {
        Map<String, List<FindingChange>> sections = new LinkedHashMap<>();
        if (comparison.findings() != null) {
            sections.put("Resolved", comparison.findings().resolved());
            sections.put("New", comparison.findings().added());
            sections.put("Changed", comparison.findings().changed());
            sections.put("Persisting", comparison.findings().persisting());
        }
        return sections;
    }

    static String headline(Comparison comparison) {
        Comparison.FindingChanges f = comparison.findings();
        return f.resolved().size() + " resolved, " + f.added().size() + " new, " + f.changed().size() + " changed, "
                + f.persisting().size() + " persisting";
    }

    static String title(Comparison comparison) {
        Comparison.Side earlier = comparison.earlier();
        Comparison.Side later = comparison.later();
        return comparison.crossClient()
                ? "Readiness of " + name(earlier) + " and " + name(later)
                : "Comparison of " + name(later) + " (" + later.organizationId() + ")";
    }

    /**
     * The standard each side was assessed against: one title when both share it, both when they differ; empty for
     * results saved before the edition was recorded.
     */
    static String standards(Comparison comparison) {
        String earlier = standard(comparison.earlier());
        String later = standard(comparison.later());
        if (earlier == null || later == null) {
            return "";
        }
        return earlier.equals(later) ? "Standard: " + later
                : "Standards: " + earlier + " (earlier), " + later + " (later)";
    }

    private static String standard(Comparison.Side side) {
        return side.edition() == null ? null
                : org.ismsassessor.catalogue.Edition.byId(side.edition()).map(e -> e.title()).orElse(side.edition());
    }

    static String name(Comparison.Side side) {
        return side.organization() == null ? side.organizationId() : side.organization();
    }

    /** The finding's kind, or the change of kind: {@code minor}, {@code gap → minor}. */
    static String kinds(FindingChange change) {
        FindingRef earlier = change.earlier();
        FindingRef later = change.later();
        if (earlier == null || later == null) {
            return (later != null ? later : earlier).kind().shortName();
        }
        return earlier.kind() == later.kind() ? later.kind().shortName()
                : earlier.kind().shortName() + " → " + later.kind().shortName();
    }

    static FindingRef shown(FindingChange change) {
        return change.later() != null ? change.later() : change.earlier();
    }

    static String percent(Double score) {
        return score == null ? "-" : String.format(Locale.ROOT, "%.1f%%", score);
    }

    static String delta(Double delta) {
        if (delta == null) {
            return "";
        }
        return delta == 0 ? "±0.0" : String.format(Locale.ROOT, "%+.1f", delta);
    }

    /** Every score row, overall first, then clauses, then Annex A domains. */
    static List<Comparison.ScoreChange> scores(Comparison comparison) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(comparison.readiness().overall()),
                java.util.stream.Stream.concat(comparison.readiness().byClause().stream(),
                        comparison.readiness().byDomain().stream())).toList();
    }
}
