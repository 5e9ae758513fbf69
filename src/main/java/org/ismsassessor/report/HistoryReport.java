package org.ismsassessor.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ismsassessor.assessment.Readiness;
import org.ismsassessor.compare.Client;
import org.ismsassessor.compare.AssessmentSummary;
import org.thymeleaf.context.Context;

/** The trend of one client's readiness and open findings over its stored assessments, as text or an HTML page. */
public final class HistoryReport {
    /** How many of the latest assessments the per-clause table of the text shows side by side. */
    private static final int TEXT_COLUMNS = 6;

    private HistoryReport() {
    }

    /** "Standard: ..." naming the edition(s) of a client's assessments, in the order they were first used. */
    static String standards(List<AssessmentSummary> assessments) {
        List<String> titles = assessments.stream().map(AssessmentSummary::standard).distinct().toList();
        return (titles.size() > 1 ? "Standards: " : "Standard: ") + String.join(", then ", titles);
    }

    public static String text(Client client, List<AssessmentSummary> assessments) {
        StringBuilder out = new StringBuilder();
        out.append("Assessment history of ").append(name(client)).append(" (").append(client.id()).append(")\n");
        out.append(standards(assessments)).append("\n\n");
        out.append("date         verdict                  overall   delta  major  minor    gap    obs   open\n");
        Double previous = null;
        for (AssessmentSummary a : assessments) {
            out.append(String.format(Locale.ROOT, "%-12s %-22s %8s %7s %6d %6d %6d %6d %6d%n", a.date(),
                    a.verdict().label(), ComparisonView.percent(a.overall()),
                    previous == null ? "" : ComparisonView.delta(Math.round(10 * (a.overall() - previous)) / 10.0),
                    a.majors(), a.minors(), a.gaps(), a.observations(), a.openFindings()));
            previous = a.overall();
        }
        List<String> editions = assessments.stream().map(AssessmentSummary::edition).distinct().toList();
        if (editions.size() > 1) {
            out.append("\nNote: these assessments were made against different editions of the standard (")
                    .append(editions.stream().map(e -> assessments.stream().filter(a -> a.edition().equals(e))
                            .findFirst().orElseThrow().standard() + " from " + assessments.stream()
                            .filter(a -> a.edition().equals(e)).findFirst().orElseThrow().date())
                            .collect(java.util.stream.Collectors.joining(", ")))
                    .append("): findings and scores change with the edition; `compare --cross-edition` matches them.\n");
        }
        List<String> gradings = assessments.stream().map(AssessmentSummary::gradingVersion).distinct().toList();
        if (gradings.size() > 1) {
            out.append("\nNote: these assessments were graded by different grading tables (")
                    .append(gradings.stream().map(g -> g == null ? "none recorded" : g).collect(java.util.stream.Collectors.joining(", ")))
                    .append("): a change of verdict or score may come from the grading alone.\n");
        }
        List<AssessmentSummary> shown = assessments.subList(Math.max(0, assessments.size() - TEXT_COLUMNS), assessments.size());
        out.append("\nReadiness by clause and Annex A domain\n");
        out.append(String.format("  %-40s", ""));
        shown.forEach(a -> out.append(String.format(" %11s", a.date())));
        out.append('\n');
        for (Map.Entry<String, List<Double>> row : scoreRows(shown).entrySet()) {
            out.append(String.format("  %-40.40s", row.getKey()));
            row.getValue().forEach(v -> out.append(String.format(" %11s", ComparisonView.percent(v))));
            out.append('\n');
        }
        return out.toString();
    }

    public static String html(Client client, List<AssessmentSummary> assessments) {
        Context context = new Context();
        context.setVariable("client", client);
        context.setVariable("name", name(client));
        context.setVariable("assessments", assessments);
        context.setVariable("standards", standards(assessments));
        context.setVariable("scoreRows", scoreRows(assessments));
        context.setVariable("chart", TrendChart.of(assessments));
        context.setVariable("view", new ComparisonHtml.Helpers());
        return Templates.render("history", context);
    }

    /** Per clause or domain ("4 Information security management system"): its score at each assessment. */
    static Map<String, List<Double>> scoreRows(List<AssessmentSummary> assessments) {
        Map<String, List<Double>> rows = new LinkedHashMap<>();
        for (int i = 0; i < assessments.size(); i++) {
            for (Readiness.Score s : assessments.get(i).scores()) {
                List<Double> row = rows.computeIfAbsent(s.group() + " " + s.title(), k -> new ArrayList<>());
                while (row.size() < i) {
                    row.add(null);
                }
                row.add(s.score());
            }
        }
        rows.values().forEach(row -> {
            while (row.size() < assessments.size()) {
                row.add(null);
            }
        });
        return rows;
    }

    private static String name(Client client) {
        return client.name() == null ? client.id() : client.name();
    }

    /**
     * An inline SVG line chart: overall readiness (left axis, 0-100%) and open findings (right axis) over time,
     * x proportional to the days between assessments.
     */
    public record TrendChart(int width, int height, int left, int right, int top, int bottom, String scoreLine,
            String findingsLine, List<Point> points, int maxFindings, List<Tick> scoreTicks) {

        private static final int WIDTH = 760;
        private static final int HEIGHT = 280;
        private static final int LEFT = 50;
        private static final int RIGHT = 50;
        private static final int TOP = 20;
        private static final int BOTTOM = 40;

        /** One assessment on the chart, with its tooltip. */
        public record Point(double x, double scoreY, double findingsY, String date, String label) {
        }

        /** A horizontal grid line with its label. */
        public record Tick(double y, String label) {
        }

        static TrendChart of(List<AssessmentSummary> assessments) {
            int plotWidth = WIDTH - LEFT - RIGHT;
            int plotHeight = HEIGHT - TOP - BOTTOM;
            int maxFindings = Math.max(1, assessments.stream().mapToInt(AssessmentSummary::openFindings).max().orElse(1));
            LocalDate first = assessments.isEmpty() ? null : assessments.get(0).date();
            long span = assessments.size() < 2 ? 0 : ChronoUnit.DAYS.between(first, assessments.get(assessments.size() - 1).date());
            List<Point> points = new ArrayList<>();
            StringBuilder scoreLine = new StringBuilder();
            StringBuilder findingsLine = new StringBuilder();
            for (AssessmentSummary a : assessments) {
                double x = LEFT + (span == 0 ? plotWidth / 2.0 : plotWidth * ChronoUnit.DAYS.between(first, a.date()) / (double) span);
                double scoreY = TOP + plotHeight * (1 - a.overall() / 100.0);
                double findingsY = TOP + plotHeight * (1 - a.openFindings() / (double) maxFindings);
                points.add(new Point(round(x), round(scoreY), round(findingsY), a.date().toString(),
                        a.date() + ": " + ComparisonView.percent(a.overall()) + ", " + a.openFindings() + " open findings, "
                                + a.verdict().label()));
                scoreLine.append(round(x)).append(',').append(round(scoreY)).append(' ');
                findingsLine.append(round(x)).append(',').append(round(findingsY)).append(' ');
            }
            List<Tick> ticks = new ArrayList<>();
            for (int percent = 0; percent <= 100; percent += 25) {
                ticks.add(new Tick(round(TOP + plotHeight * (1 - percent / 100.0)), percent + "%"));
            }
            return new TrendChart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, scoreLine.toString().strip(),
                    findingsLine.toString().strip(), List.copyOf(points), maxFindings, List.copyOf(ticks));
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }
}
