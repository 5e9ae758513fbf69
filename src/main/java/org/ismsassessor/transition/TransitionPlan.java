package org.ismsassessor.transition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.finding.Priority;
import org.ismsassessor.transition.TransitionReport.ControlTransition;
import org.ismsassessor.transition.TransitionReport.Outcome;

/**
 * The transition report as work to do, per clause (4-10) and Annex A theme: the decisions to take, the new
 * obligations to evidence, the findings of the 2022 pack to close, and the earlier applicable controls to account
 * for, each with a priority. Within a group, steps are in priority order, then by kind, then in the standard's order.
 */
public record TransitionPlan(List<Group> groups) {

    public TransitionPlan {
        groups = List.copyOf(groups);
    }

    /** What a step asks. */
    public enum StepKind {
        CLOSE("close", "close finding"),
        EVIDENCE("evidence", "evidence new obligation"),
        DECIDE("decide", "take SoA decision"),
        ACCOUNT_FOR("account-for", "account for earlier control");

        private final String word;
        private final String label;

        StepKind(String word, String label) {
            this.word = word;
            this.label = label;
        }

        @JsonValue
        public String word() {
            return word;
        }

        public String label() {
            return label;
        }
    }

    /** One clause or theme with its steps. */
    public record Group(String group, String title, List<Step> steps) {
        public Group {
            steps = List.copyOf(steps);
        }
    }

    /** One thing to do: its priority, what kind of work, the control, clause or finding it is about, and why. */
    public record Step(Priority priority, StepKind kind, String id, String title, String why) {
    }

    private static final Map<String, String> GROUPS = groupTitles();

    private static Map<String, String> groupTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("4", "Clause 4: context of the organization");
        titles.put("5", "Clause 5: leadership");
        titles.put("6", "Clause 6: planning");
        titles.put("7", "Clause 7: support");
        titles.put("8", "Clause 8: operation");
        titles.put("9", "Clause 9: performance evaluation");
        titles.put("10", "Clause 10: improvement");
        titles.put("A.5", "Annex A theme 5: organizational controls");
        titles.put("A.6", "Annex A theme 6: people controls");
        titles.put("A.7", "Annex A theme 7: physical controls");
        titles.put("A.8", "Annex A theme 8: technological controls");
        titles.put("earlier", "Earlier controls without a 2022 control");
        return titles;
    }

    /** The plan of a report: its sections and its pack findings as steps. */
    static TransitionPlan of(TransitionReport report) {
        Map<String, List<Step>> steps = new LinkedHashMap<>();
        GROUPS.keySet().forEach(g -> steps.put(g, new ArrayList<>()));
        for (Finding f : report.packFindings().findings()) {
            steps.get(groupOf(f.requirement())).add(new Step(priorityOf(f), StepKind.CLOSE, f.requirement(), f.title(),
                    f.kind().shortName() + " (" + f.id() + (f.count() > 1 ? ", " + f.count() + " items" : "") + ")"));
        }
        for (TransitionReport.NewObligation o : report.newObligations()) {
            steps.get(groupOf(o.clause())).add(new Step(Priority.HIGH, StepKind.EVIDENCE, o.clause(), o.title(),
                    "new since " + o.since() + ": " + o.note()));
        }
        List<String> nothingToCarry = report.newControls().stream().map(TransitionReport.NewControl::control).toList();
        for (ControlTransition c : report.controls()) {
            if (c.outcome() == Outcome.NEW_DECISION) {
                // A control nobody ever decided is a blank line in the SoA; disagreeing sources at least show the topic.
                steps.get(groupOf(c.control())).add(new Step(nothingToCarry.contains(c.control()) ? Priority.HIGH
                        : Priority.MEDIUM, StepKind.DECIDE, c.control(), c.title(), c.reason()));
            }
        }
        for (TransitionReport.WithoutSuccessor w : report.withoutSuccessor()) {
            if (w.decision().startsWith("applicable")) {
                steps.get("earlier").add(new Step(Priority.LOW, StepKind.ACCOUNT_FOR, w.control(), w.title(),
                        w.decision() + ": " + w.note()));
            }
        }
        List<Group> groups = new ArrayList<>();
        steps.forEach((group, list) -> {
            if (!list.isEmpty()) {
                List<Step> sorted = new ArrayList<>(list);
                // A stable sort: the standard's order (the order added, by kind) is kept within a priority and kind.
                sorted.sort(Comparator.comparing(Step::priority).thenComparing(Step::kind));
                groups.add(new Group(group, GROUPS.get(group), sorted));
            }
        });
        return new TransitionPlan(groups);
    }

    /** The clause (4-10) or Annex A theme (A.5-A.8) an id of the 2022 edition belongs to. */
    static String groupOf(String id) {
        if (id.startsWith("A.")) {
            String theme = id.substring(0, id.indexOf('.', 2) < 0 ? id.length() : id.indexOf('.', 2));
            return GROUPS.containsKey(theme) ? theme : "A.5";
        }
        String clause = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        return GROUPS.containsKey(clause) ? clause : "4";
    }

    private static Priority priorityOf(Finding f) {
        if (f.recommendedAction() != null && f.recommendedAction().priority() != null) {
            return f.recommendedAction().priority();
        }
        return f.kind() == FindingKind.MAJOR_NONCONFORMITY || f.kind() == FindingKind.GAP ? Priority.HIGH
                : f.kind() == FindingKind.MINOR_NONCONFORMITY ? Priority.MEDIUM : Priority.LOW;
    }

    /** The number of steps of each priority, in priority order. */
    public Map<Priority, Integer> byPriority() {
        Map<Priority, Integer> counts = new LinkedHashMap<>();
        for (Priority p : Priority.values()) {
            counts.put(p, (int) groups.stream().flatMap(g -> g.steps().stream()).filter(s -> s.priority() == p).count());
        }
        return counts;
    }
}
