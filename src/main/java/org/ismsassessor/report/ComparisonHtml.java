package org.ismsassessor.report;

import org.ismsassessor.compare.Comparison;
import org.thymeleaf.context.Context;

/** A comparison as one self-contained HTML page (styles inline, nothing fetched at view time). */
public final class ComparisonHtml {
    private ComparisonHtml() {
    }

    public static String write(Comparison comparison) {
        Context context = new Context();
        context.setVariable("c", comparison);
        context.setVariable("title", ComparisonView.title(comparison));
        context.setVariable("scores", ComparisonView.scores(comparison));
        context.setVariable("sections", ComparisonView.sections(comparison));
        context.setVariable("view", new Helpers());
        return Templates.render("compare", context);
    }

    /** Formatting the template calls, so the page reads the same as the text and Markdown. */
    public static final class Helpers {
        public String percent(Double score) {
            return ComparisonView.percent(score);
        }

        public String delta(Double delta) {
            return ComparisonView.delta(delta);
        }

        public String kinds(Comparison.FindingChange change) {
            return ComparisonView.kinds(change);
        }

        public Comparison.FindingRef shown(Comparison.FindingChange change) {
            return ComparisonView.shown(change);
        }

        public String name(Comparison.Side side) {
            return ComparisonView.name(side);
        }

        public String verdictClass(Comparison.Side side) {
            return side.verdict().name().toLowerCase().replace('_', '-');
        }

        public String kindClass(Comparison.FindingChange change) {
            return ReportView.kindName(shown(change).kind());
        }

        public String deltaClass(Double delta) {
            return delta == null || delta == 0 ? "same" : delta > 0 ? "better" : "worse";
        }
    }
}
