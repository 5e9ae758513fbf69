package org.ismsassessor.transition;

import java.util.List;
import org.ismsassessor.transition.TransitionReport.ControlTransition;

/** The transition report in Markdown, for tickets and a consultant's working notes. */
public final class TransitionMarkdown {
    private TransitionMarkdown() {
    }

    public static String write(TransitionReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(TransitionView.title(report))).append("\n\n");
        md.append(escape(TransitionView.intro(report))).append("\n\n");
        md.append("| Summary | Count |\n|---|---:|\n");
        TransitionView.summary(report).forEach(r -> md.append("| ").append(r.get(0)).append(" | ").append(r.get(1)).append(" |\n"));

        md.append("\n## ").append(TransitionView.PLAN_SECTION).append("\n\n");
        md.append(escape(TransitionView.planIntro(report))).append('\n');
        for (TransitionPlan.Group group : report.plan().groups()) {
            md.append("\n### ").append(escape(group.title())).append("\n\n");
            md.append("| ").append(String.join(" | ", TransitionView.PLAN_COLUMNS)).append(" |\n|---|---|---|---|---|\n");
            group.steps().forEach(s -> row(md, TransitionView.cells(s).toArray(String[]::new)));
        }

        md.append("\n## ").append(TransitionView.SOA_SECTION).append("\n\n");
        md.append("| Control | Title | Outcome | Decision carried | Comes from | Why | Justification |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (ControlTransition c : report.controls()) {
            row(md, c.control(), c.title(), c.outcome().label(), TransitionView.carried(c),
                    String.join("; ", TransitionView.sources(c)), c.reason(), TransitionView.justifications(c));
        }

        md.append("\n## ").append(TransitionView.NEW_CONTROLS_SECTION).append("\n\n");
        md.append("| Control | Title | Theme | Since | Note |\n|---|---|---|---|---|\n");
        report.newControls().forEach(n -> row(md, n.control(), n.title(), n.theme(), n.since(), n.note()));

        md.append("\n## ").append(TransitionView.OBLIGATIONS_SECTION).append("\n\n");
        md.append("| Clause | Obligation | Since | Note |\n|---|---|---|---|\n");
        report.newObligations().forEach(o -> row(md, o.clause(), o.title(), o.since(), o.note()));

        md.append("\n## ").append(TransitionView.ORPHANS_SECTION).append("\n\n");
        if (report.withoutSuccessor().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Control | Title | Decision | Where the topic went |\n|---|---|---|---|\n");
            report.withoutSuccessor().forEach(w -> row(md, w.control(), w.title(), w.decision(), w.note()));
        }

        md.append("\n## ").append(TransitionView.PACK_SECTION).append("\n\n");
        TransitionReport.PackFindings pack = report.packFindings();
        md.append(escape(pack.note())).append('\n');
        if (!pack.findings().isEmpty()) {
            md.append("\n| ").append(String.join(" | ", TransitionView.PACK_COLUMNS)).append(" |\n|---|---|---|---|---|---|\n");
            pack.findings().forEach(f -> row(md, TransitionView.cells(f).toArray(String[]::new)));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", List.of(cells).stream().map(TransitionMarkdown::escape).toList()))
                .append(" |\n");
    }

    /** Text in a table cell or paragraph: Markdown's special characters escaped, one line. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\|*_`[]<>#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
