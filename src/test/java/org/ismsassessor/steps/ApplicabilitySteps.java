package org.ismsassessor.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.ControlApplicability;
import org.ismsassessor.engine.RuleInfo;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;

/**
 * The computed Statement of Applicability of a result (which controls are expected and why, what the SoA
 * declares, the findings concerning each) and what a finding against a control says.
 */
public final class ApplicabilitySteps {
    // The rules checking every control are the same in each pack (the SoA checks); the SoA clause is the edition's.
    private static final Set<String> EACH_CONTROL_RULES = TestEngine.RULES.rules().stream()
            .filter(RuleInfo::eachControl).map(RuleInfo::name).collect(Collectors.toUnmodifiableSet());
    private static final java.util.Map<String, String> SOA_CLAUSE = java.util.Map.of(
            "iso27001-2005", "4.2.1.j.", "iso27001-2022", "6.1.3.d");

    private final ScenarioState state;

    public ApplicabilitySteps(ScenarioState state) {
        this.state = state;
    }

    @Then("control {word} is expected because {string}")
    public void expectedBecause(String control, String reasons) {
        ControlApplicability line = line(control);
        assertThat(line.expected()).as(control + " expected").isTrue();
        assertThat(reasons(line)).as("reasons " + control + " is expected").isEqualTo(reasons);
    }

    @Then("control {word} is not expected")
    public void notExpected(String control) {
        ControlApplicability line = line(control);
        assertThat(line.expected()).as(control + " expected, because " + reasons(line)).isFalse();
    }

    // The steps below look only at the Statement of Applicability's own findings: those of the rules checking
    // each control (@control("each")) and, for the computed SoA, those of clause 4.2.1 j). A control's own
    // domain rules may add findings against it that say nothing about its applicability.

    @Then("the Statement of Applicability raises no finding against {word}")
    public void noSoaFinding(String control) {
        assertThat(soaFindingsAgainst(control)).as("Statement of Applicability findings against " + control).isEmpty();
    }

    @Then("the Statement of Applicability raises only a(n) {kind} against {word}, naming {string}")
    public void onlySoaFinding(FindingKind kind, String control, String words) {
        assertThat(soaFindingsAgainst(control)).as("Statement of Applicability findings against " + control)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(kind);
                    assertThat(f.subject()).isEqualTo(control);
                    assertThat(f.title()).contains(words);
                });
    }

    /** The finding's title names the characteristic in words, as the reports do: customerAccess as 'customer access'. */
    @Then("the Statement of Applicability raises only a(n) {kind} against {word}, naming the characteristic {word}")
    public void onlySoaFindingNamingCharacteristic(FindingKind kind, String control, String characteristic) {
        String words = characteristic.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        onlySoaFinding(kind, control, " is excluded although the organization declares the characteristic '" + words + "'");
        assertThat(soaFindingsAgainst(control).get(0).title()).endsWith("'" + words + "'");
    }

    /**
     * Columns: control, expected (true/false), reasons ("always, teleworking, risk R-1"), declared ("not in
     * SoA", "selected, implemented", "excluded: justification", "undecided"), SoA findings (the requirements
     * of the SoA's own findings concerning the control, in the result's order, e.g. "4.2.1.j.3, A.11.7.2").
     */
    @Then("the computed statement of applicability shows:")
    public void computedSoaShows(DataTable expected) {
        for (Map<String, String> row : expected.asMaps()) {
            ControlApplicability line = line(row.get("control"));
            Map<String, String> actual = Map.of(
                    "control", line.control(),
                    "expected", String.valueOf(line.expected()),
                    "reasons", reasons(line),
                    "declared", declared(line),
                    "SoA findings", soaFindings(line));
            assertThat(actual).as("computed SoA line of " + row.get("control"))
                    .isEqualTo(row.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> e.getValue() == null ? "" : e.getValue())));
        }
    }

    @Then("the computed statement of applicability counts {int} expected, {int} selected, {int} excluded, {int} contradicted and {int} not in the SoA")
    public void computedSoaCounts(int expected, int selected, int excluded, int contradicted, int notListed) {
        List<ControlApplicability> soa = state.result.statementOfApplicability();
        assertThat(soa).hasSize(133);
        assertThat(List.of(
                soa.stream().filter(ControlApplicability::expected).count(),
                soa.stream().filter(ControlApplicability::selected).count(),
                soa.stream().filter(ControlApplicability::excluded).count(),
                soa.stream().filter(ControlApplicability::contradicted).count(),
                soa.stream().filter(c -> !c.listedInSoa()).count()))
                .as("expected, selected, excluded, contradicted, not in the SoA")
                .containsExactly((long) expected, (long) selected, (long) excluded, (long) contradicted, (long) notListed);
    }

    private ControlApplicability line(String control) {
        if (state.result == null) {
            throw new AssertionError("The snapshot was not assessed; input errors: " + state.inputErrors);
        }
        return state.result.statementOfApplicability().stream().filter(c -> c.control().equals(control))
                .findFirst().orElseThrow(() -> new AssertionError(control + " is not in the computed SoA"));
    }

    private static String reasons(ControlApplicability line) {
        return line.reasons().stream().map(ControlApplicability.Reason::words).collect(Collectors.joining(", "));
    }

    private static String declared(ControlApplicability line) {
        if (!line.listedInSoa()) {
            return "not in SoA";
        }
        if (line.applicable() == null) {
            return "undecided";
        }
        if (line.excluded()) {
            return "excluded: " + (line.justification() == null ? "" : line.justification());
        }
        return "selected, " + (line.status() == null ? "no status" : line.status().name().toLowerCase().replace('_', '-'));
    }

    private String soaFindings(ControlApplicability line) {
        return line.findingIds().stream()
                .map(id -> state.result.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow())
                .filter(f -> EACH_CONTROL_RULES.contains(f.rule()) || f.requirement().startsWith(SOA_CLAUSE.get(state.snapshot.get("edition").asString())))
                .map(Finding::requirement)
                .collect(Collectors.joining(", "));
    }

    private List<Finding> soaFindingsAgainst(String control) {
        return state.findingsAgainst(control).stream().filter(f -> EACH_CONTROL_RULES.contains(f.rule())).toList();
    }
}
