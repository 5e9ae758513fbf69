package org.ismsassessor.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ismsassessor.transition.TransitionReport.ControlTransition;
import org.ismsassessor.transition.TransitionReport.Outcome;
import org.junit.jupiter.api.Test;

class TransitionTest {
    private final Transition transition = new Transition(Mappings.load());
    private final Transition.Subject subject = new Transition.Subject("Small Ltd", "small.json", LocalDate.of(2026, 5, 1));

    private static Map<String, SoaDecision> decisions(SoaDecision... all) {
        Map<String, SoaDecision> map = new LinkedHashMap<>();
        for (SoaDecision d : all) {
            map.put(d.control(), d);
        }
        return map;
    }

    private static SoaDecision implemented(String control) {
        return new SoaDecision(control, true, "implemented", "needed for " + control);
    }

    private static ControlTransition control(TransitionReport report, String id) {
        return report.controls().stream().filter(c -> c.control().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> carried(TransitionReport report) {
        return report.controls().stream().filter(c -> c.outcome() == Outcome.CARRIES_OVER).map(ControlTransition::control)
                .toList();
    }

    @Test
    void aSmall2005SoaCarriesOverOnlyWhereEverySourceIsDecidedAndAgrees() {
        TransitionReport report = transition.reexpress(SoaEdition.ISO27001_2005, decisions(
                implemented("A.5.1.1"), implemented("A.5.1.2"),
                implemented("A.10.10.1"), implemented("A.10.10.2"), implemented("A.10.10.3"), implemented("A.10.10.4"),
                new SoaDecision("A.10.10.5", false, null, "faults are logged by the cloud provider"),
                new SoaDecision("A.10.6.1", false, null, "no own network"),
                new SoaDecision("A.9.1.1", false, null, null),
                implemented("A.6.1.1")), subject);

        assertThat(carried(report)).containsExactly("A.5.1", "A.8.20");
        assertThat(control(report, "A.5.1").carried()).isEqualTo(new TransitionReport.Carried(true, "implemented",
                List.of("needed for A.5.1.1", "needed for A.5.1.2")));
        assertThat(control(report, "A.5.1").reason()).isEqualTo("all 2 earlier decisions agree: applicable, implemented");
        assertThat(control(report, "A.8.20").carried()).isEqualTo(new TransitionReport.Carried(false, null,
                List.of("no own network")));
        assertThat(control(report, "A.8.15").reason()).isEqualTo("the sources disagree: applicable, implemented "
                + "(A.10.10.1, A.10.10.2, A.10.10.3, A.10.10.4); not applicable (A.10.10.5)");
        assertThat(control(report, "A.7.1").reason()).isEqualTo("excluded without a justification to carry over");
        assertThat(control(report, "A.5.8").reason()).isEqualTo("A.6.1.5 came in 2013, so no earlier decision covers it; "
                + "A.12.1.1 is not in the SoA");
        assertThat(control(report, "A.5.7").reason()).isEqualTo("new in 2022: no earlier control to carry a decision from");
        assertThat(control(report, "A.5.7").sources()).isEmpty();

        assertThat(report.newControls()).extracting(TransitionReport.NewControl::control).containsExactly("A.5.7",
                "A.5.19", "A.5.21", "A.5.23", "A.5.25", "A.5.26", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11",
                "A.8.12", "A.8.14", "A.8.16", "A.8.23", "A.8.25", "A.8.27", "A.8.28");
        assertThat(report.newObligations()).extracting(TransitionReport.NewObligation::clause).containsExactly("4.1",
                "4.1.climate", "4.2", "4.2.c", "4.2.climate", "6.1.1", "6.3", "7.4", "9.3.2.c");
        assertThat(report.withoutSuccessor()).filteredOn(w -> w.control().equals("A.6.1.1")).singleElement()
                .satisfies(w -> assertThat(w.decision()).isEqualTo("applicable, implemented"));
        assertThat(report.summary()).isEqualTo(new TransitionReport.Summary(10, 93, 2, 91, 18, 9, 21));
        assertThat(report.packFindings().assessed()).isFalse();
    }

    @Test
    void a2013SoaMovesOneStepAndHasOnlyThe2022NewsToAdd() {
        TransitionReport report = transition.reexpress(SoaEdition.ISO27001_2013, decisions(
                implemented("A.12.4.1"), implemented("A.12.4.2"), implemented("A.12.4.3"),
                new SoaDecision("A.18.2.3", true, "partial", "scans yearly")), subject);

        assertThat(carried(report)).containsExactly("A.8.15");
        assertThat(control(report, "A.8.15").sources()).extracting(TransitionReport.Source::control)
                .containsExactly("A.12.4.1", "A.12.4.2", "A.12.4.3");
        assertThat(control(report, "A.8.8").reason()).isEqualTo("A.12.6.1 is not in the SoA");
        assertThat(report.newControls()).hasSize(11).allSatisfy(n -> assertThat(n.since()).isEqualTo("2022"));
        assertThat(report.newObligations()).extracting(TransitionReport.NewObligation::clause)
                .containsExactly("4.1.climate", "4.2.c", "4.2.climate", "6.3", "9.3.2.c");
        assertThat(report.withoutSuccessor()).isEmpty();
    }
}
