package org.ismsassessor.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.ismsassessor.compare.AssessmentSummary;

/** Every client side by side, from its latest stored assessment: verdict, score, open nonconformities, age. */
public final class PortfolioReport {
    private PortfolioReport() {
    }

    /**
     * One client's line.
     *
     * @param overdueActions the client's tracked action-plan items past their due date; null where nothing is
     *                       tracked (the command line: only the service tracks remediation)
     */
    public record Line(String client, String name, LocalDate lastAssessed, long daysSince, String verdict,
            double overall, int majors, int minors, int gaps, int observations, Integer overdueActions) {
    }

    public static List<Line> lines(List<AssessmentSummary> latest, LocalDate today) {
        return lines(latest, today, null);
    }

    /** @param overdue the overdue tracked actions per client id (a client absent has none); null when not tracked */
    public static List<Line> lines(List<AssessmentSummary> latest, LocalDate today, java.util.Map<String, Integer> overdue) {
        return latest.stream().map(a -> new Line(a.client().id(), a.client().name(), a.date(),
                ChronoUnit.DAYS.between(a.date(), today), a.verdict().label(), a.overall(), a.majors(), a.minors(),
                a.gaps(), a.observations(), overdue == null ? null : overdue.getOrDefault(a.client().id(), 0))).toList();
    }

    public static String text(List<AssessmentSummary> latest, LocalDate today) {
        if (latest.isEmpty()) {
            return "No assessment is stored yet: save one with assess SNAPSHOT --save.\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("Portfolio on ").append(today).append(": ").append(latest.size())
                .append(latest.size() == 1 ? " client" : " clients").append("\n\n");
        List<Line> lines = lines(latest, today);
        // The client id is what an auditor quotes: never cut, the column as wide as the longest (14 at least, as
        // before). Names may be cut: the id beside them tells clients apart.
        int idWidth = Math.max(14, lines.stream().mapToInt(l -> l.client().length()).max().orElse(0));
        String client = "%-" + idWidth + "s";
        out.append(String.format(Locale.ROOT, client + " %-30s %-22s %8s %6s %6s %6s %6s %-12s %5s%n", "client",
                "name", "verdict", "overall", "major", "minor", "gap", "obs", "last", "days"));
        for (Line l : lines) {
            out.append(String.format(Locale.ROOT, client + " %-30.30s %-22s %8s %6d %6d %6d %6d %-12s %5d%n",
                    l.client(), l.name() == null ? "-" : l.name(), l.verdict(), ComparisonView.percent(l.overall()),
                    l.majors(), l.minors(), l.gaps(), l.observations(), l.lastAssessed(), l.daysSince()));
        }
        // Verdicts against two editions are not alike: say which clients were assessed against which.
        java.util.Map<String, List<String>> byStandard = new java.util.TreeMap<>();
        latest.forEach(a -> byStandard.computeIfAbsent(a.standard(), k -> new java.util.ArrayList<>()).add(a.client().id()));
        if (byStandard.size() > 1) {
            out.append("\nNote: the latest assessments are against different editions of the standard:");
            byStandard.forEach((standard, clients) -> out.append("\n  ").append(standard).append(": ")
                    .append(String.join(", ", clients)));
            out.append('\n');
        }
        return out.toString();
    }
}
