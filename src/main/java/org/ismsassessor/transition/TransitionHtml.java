package org.ismsassessor.transition;

import java.util.List;
import org.ismsassessor.transition.TransitionReport.ControlTransition;
import org.unbescape.html.HtmlEscape;

/** The transition report as one self-contained HTML page (styles inline, nothing fetched, no script). */
public final class TransitionHtml {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .5em;"
            + "vertical-align:top;text-align:left}th{background:#f3f3f3}tr.new-decision td.outcome{color:#a40000;"
            + "font-weight:bold}tr.carries-over td.outcome{color:#1a6b1a}td.count{text-align:right}";

    private TransitionHtml() {
    }

    public static String write(TransitionReport report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(e(TransitionView.title(report))).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(e(TransitionView.title(report))).append("</h1>\n<p>")
                .append(e(TransitionView.intro(report))).append("</p>\n<table id=\"summary\">\n");
        TransitionView.summary(report).forEach(r -> html.append("<tr><th>").append(e(r.get(0).toString()))
                .append("</th><td class=\"count\">").append(r.get(1)).append("</td></tr>\n"));
        html.append("</table>\n");

        section(html, "plan", TransitionView.PLAN_SECTION);
        html.append("<p>").append(e(TransitionView.planIntro(report))).append("</p>\n");
        for (TransitionPlan.Group group : report.plan().groups()) {
            html.append("<h3 id=\"plan-").append(e(group.group())).append("\">").append(e(group.title())).append("</h3>\n");
            header(html, TransitionView.PLAN_COLUMNS.toArray(String[]::new));
            group.steps().forEach(s -> row(html, TransitionView.cells(s).toArray(String[]::new)));
            html.append("</table>\n");
        }

        section(html, "soa", TransitionView.SOA_SECTION);
        header(html, "Control", "Title", "Theme", "Outcome", "Decision carried", "Comes from", "Why", "Justification");
        for (ControlTransition c : report.controls()) {
            html.append("<tr class=\"").append(c.outcome().word()).append("\"><td>").append(e(c.control())).append("</td><td>")
                    .append(e(c.title())).append("</td><td>").append(e(c.theme())).append("</td><td class=\"outcome\">")
                    .append(e(c.outcome().label())).append("</td><td>").append(e(TransitionView.carried(c))).append("</td><td>")
                    .append(String.join("<br>", TransitionView.sources(c).stream().map(TransitionHtml::e).toList()))
                    .append("</td><td>").append(e(c.reason())).append("</td><td>").append(e(TransitionView.justifications(c)))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");

        section(html, "new-controls", TransitionView.NEW_CONTROLS_SECTION);
        header(html, "Control", "Title", "Theme", "Since", "Note");
        report.newControls().forEach(n -> row(html, n.control(), n.title(), n.theme(), n.since(), n.note()));
        html.append("</table>\n");

        section(html, "new-obligations", TransitionView.OBLIGATIONS_SECTION);
        header(html, "Clause", "Obligation", "Since", "Note");
        report.newObligations().forEach(o -> row(html, o.clause(), o.title(), o.since(), o.note()));
        html.append("</table>\n");

        section(html, "without-successor", TransitionView.ORPHANS_SECTION);
        if (report.withoutSuccessor().isEmpty()) {
            html.append("<p>None.</p>\n");
        } else {
            header(html, "Control", "Title", "Decision", "Where the topic went");
            report.withoutSuccessor().forEach(w -> row(html, w.control(), w.title(), w.decision(), w.note()));
            html.append("</table>\n");
        }

        html.append("<h2 id=\"pack-findings\">").append(e(TransitionView.PACK_SECTION)).append("</h2>\n<p>")
                .append(e(report.packFindings().note())).append("</p>\n");
        if (!report.packFindings().findings().isEmpty()) {
            header(html, TransitionView.PACK_COLUMNS.toArray(String[]::new));
            report.packFindings().findings().forEach(f -> row(html, TransitionView.cells(f).toArray(String[]::new)));
            html.append("</table>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void section(StringBuilder html, String id, String title) {
        html.append("<h2 id=\"").append(id).append("\">").append(e(title)).append("</h2>\n");
    }

    private static void header(StringBuilder html, String... columns) {
        html.append("<table>\n<tr>");
        for (String c : columns) {
            html.append("<th>").append(e(c)).append("</th>");
        }
        html.append("</tr>\n");
    }

    private static void row(StringBuilder html, String... cells) {
        html.append("<tr>");
        for (String c : List.of(cells)) {
            html.append("<td>").append(e(c)).append("</td>");
        }
        html.append("</tr>\n");
    }

    private static String e(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml5(text);
    }
}
