package org.ismsassessor.transition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.finding.Finding;

/**
 * A Statement of Applicability moved to ISO/IEC 27001:2022: each 2022 control with the earlier decisions it comes
 * from and whether they carry over; the controls and clause obligations with nothing to carry over; the earlier
 * decisions with no 2022 control to go to; in {@link #packFindings()}, the findings the 2022 rule pack raises on the
 * snapshot re-expressed in 2022 terms ({@link SnapshotIn2022}); and all of it as work to do in {@link #plan()}. Every
 * list is in the standard's order; nothing depends on the clock.
 */
public record TransitionReport(
        String organization,
        String source,
        String fromEdition,
        String fromTitle,
        String toEdition,
        String toTitle,
        LocalDate date,
        Summary summary,
        List<ControlTransition> controls,
        List<NewControl> newControls,
        List<NewObligation> newObligations,
        List<WithoutSuccessor> withoutSuccessor,
        PackFindings packFindings,
        TransitionPlan plan) {

    public TransitionReport {
        controls = List.copyOf(controls);
        newControls = List.copyOf(newControls);
        newObligations = List.copyOf(newObligations);
        withoutSuccessor = List.copyOf(withoutSuccessor);
    }

    /** This report with the 2022 pack's findings, and the plan made again to include them. */
    public TransitionReport withPackFindings(PackFindings findings) {
        TransitionReport without = new TransitionReport(organization, source, fromEdition, fromTitle, toEdition, toTitle,
                date, summary, controls, newControls, newObligations, withoutSuccessor, findings, null);
        return new TransitionReport(organization, source, fromEdition, fromTitle, toEdition, toTitle, date, summary,
                controls, newControls, newObligations, withoutSuccessor, findings, TransitionPlan.of(without));
    }

    /** The counts a reader looks at first. */
    public record Summary(int soaEntries, int controls, int carryOver, int newDecision, int newControls,
            int newObligations, int withoutSuccessor) {
    }

    /** Whether a 2022 control's decision can be taken from the earlier SoA. */
    public enum Outcome {
        CARRIES_OVER("carries-over", "carries over"),
        NEW_DECISION("new-decision", "new decision needed");

        private final String word;
        private final String label;

        Outcome(String word, String label) {
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

    /**
     * One 2022 control: where its decision comes from ({@code sources}), the outcome and why, and the decision carried
     * (null when a new decision is needed).
     */
    public record ControlTransition(String control, String title, String theme, Outcome outcome, String reason,
            Carried carried, List<Source> sources) {
        public ControlTransition {
            sources = List.copyOf(sources);
        }
    }

    /**
     * An earlier control a 2022 control comes from, with the SoA's decision on it: {@code via} the 2013 control(s) it
     * passed through (for a 2005 SoA), {@code kinds} the mapping kind at each step. A control that came in 2013 has no
     * decision in a 2005 SoA: its {@code edition} is 2013 and its decision says so.
     */
    public record Source(String control, String edition, String title, List<String> via, List<String> kinds,
            String decision, String justification) {
        public Source {
            via = List.copyOf(via);
            kinds = List.copyOf(kinds);
        }
    }

    /** The decision that carries over: applicable or not, the status, and the earlier justifications. */
    public record Carried(boolean applicable, String status, List<String> justifications) {
        public Carried {
            justifications = List.copyOf(justifications);
        }

        public String words() {
            return applicable ? "applicable, " + (status == null ? "status not given" : status) : "not applicable";
        }
    }

    /** A 2022 control with nothing to carry over: new in 2022, or (from a 2005 SoA) come in 2013. */
    public record NewControl(String control, String title, String theme, String since, String note) {
    }

    /** A clause obligation of 2022 the earlier edition did not have. */
    public record NewObligation(String clause, String title, String since, String note) {
    }

    /** An earlier control with no 2022 control to carry its decision to, and where its topic went. */
    public record WithoutSuccessor(String control, String title, String decision, String justification, String note) {
    }

    /**
     * The findings the 2022 rule pack raises on the snapshot re-expressed in 2022 terms: {@code assessed} false (with
     * the reason in {@code note}, no verdict and no findings) when there was nothing to assess; otherwise the verdict
     * and the findings as in an assessment result.
     */
    public record PackFindings(boolean assessed, String note, String verdict, List<Finding> findings) {
        public PackFindings {
            findings = List.copyOf(findings);
        }

        /** Nothing assessed, and why. */
        public static PackFindings notAssessed(String why) {
            return new PackFindings(false, "Not assessed: " + why, null, List.of());
        }
    }
}
