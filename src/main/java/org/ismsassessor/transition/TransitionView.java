package org.ismsassessor.transition;

import java.util.ArrayList;
import java.util.List;
import org.ismsassessor.transition.TransitionReport.ControlTransition;
import org.ismsassessor.transition.TransitionReport.Source;

/** The words every format of the transition report shares, so that they read the same. */
final class TransitionView {
    static final String SOA_SECTION = "1. Statement of Applicability in 2022 controls";
    static final String NEW_CONTROLS_SECTION = "2. Controls with nothing to carry over";
    static final String OBLIGATIONS_SECTION = "3. New clause obligations";
    static final String ORPHANS_SECTION = "4. Earlier decisions without a 2022 control";
    static final String PACK_SECTION = "5. Findings the 2022 rule pack raises";
    static final String PLAN_SECTION = "Transition plan, by clause and theme";
    static final List<String> PLAN_COLUMNS = List.of("Priority", "Step", "Id", "Title", "Why");

    private TransitionView() {
    }

    static String title(TransitionReport report) {
        return "Transition to " + report.toTitle() + ": " + report.organization();
    }

    static String intro(TransitionReport report) {
        return "The Statement of Applicability of " + report.source() + " (" + report.fromTitle() + ") re-expressed in the "
                + report.summary().controls() + " Annex A controls of " + report.toTitle() + ", as of " + report.date() + ".";
    }

    /** The summary rows: label and count. */
    static List<List<Object>> summary(TransitionReport report) {
        TransitionReport.Summary s = report.summary();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Decisions in the earlier SoA", s.soaEntries()));
        rows.add(List.of("2022 controls", s.controls()));
        rows.add(List.of("Decisions that carry over", s.carryOver()));
        rows.add(List.of("New decisions needed", s.newDecision()));
        rows.add(List.of("Controls with nothing to carry over", s.newControls()));
        rows.add(List.of("New clause obligations", s.newObligations()));
        rows.add(List.of("Earlier controls without a 2022 control", s.withoutSuccessor()));
        rows.add(List.of("Findings of the 2022 rule pack", report.packFindings().findings().size()));
        rows.add(List.of("Steps in the transition plan", report.plan().groups().stream().mapToInt(g -> g.steps().size()).sum()));
        return rows;
    }

    /** The line under the plan's heading: how many steps of each priority. */
    static String planIntro(TransitionReport report) {
        List<String> counts = new ArrayList<>();
        report.plan().byPriority().forEach((p, n) -> {
            if (n > 0) {
                counts.add(n + " " + word(p));
            }
        });
        return "What to do to show the 2022 edition, per clause and Annex A theme, most urgent first: "
                + (counts.isEmpty() ? "nothing." : String.join(", ", counts) + ".");
    }

    /** A plan step's cells, in {@link #PLAN_COLUMNS} order. */
    static List<String> cells(TransitionPlan.Step step) {
        return List.of(word(step.priority()), step.kind().label(), step.id(), text(step.title()), text(step.why()));
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    static String word(org.ismsassessor.finding.Priority priority) {
        return priority.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A pack finding's cells: finding id, requirement, kind, priority, title, subjects. */
    static List<String> cells(org.ismsassessor.finding.Finding f) {
        return List.of(f.id(), f.requirement(), f.kind().shortName(),
                f.recommendedAction() == null || f.recommendedAction().priority() == null ? ""
                        : word(f.recommendedAction().priority()),
                text(f.title()), f.count() > 1 ? f.count() + " items" : f.subject() == null ? "" : f.subject());
    }

    static final List<String> PACK_COLUMNS = List.of("Finding", "Requirement", "Kind", "Priority", "Title", "About");

    /** Where a 2022 control comes from: {@code A.10.10.1 (applicable, implemented) via A.12.4.1}, one per source. */
    static List<String> sources(ControlTransition control) {
        return control.sources().stream().map(TransitionView::source).toList();
    }

    static String source(Source s) {
        return s.control() + " (" + s.decision() + ")" + (s.via().isEmpty() ? "" : " via " + String.join(", ", s.via()));
    }

    static String carried(ControlTransition control) {
        return control.carried() == null ? "" : control.carried().words();
    }

    static String justifications(ControlTransition control) {
        return control.carried() == null ? "" : String.join(" / ", control.carried().justifications());
    }
}
