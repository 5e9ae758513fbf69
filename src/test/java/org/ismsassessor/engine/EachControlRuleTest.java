package org.ismsassessor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.snapshot.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules declaring {@code @control("each")}: their findings are against the control they name at run time. */
class EachControlRuleTest {

    private static final String RULES = """
            package mine;
            import org.ismsassessor.snapshot.*;
            import org.ismsassessor.engine.Findings;

            rule "Excluded control, against that control"
                @control("each") @grade("minor")
            when
                $e : SoaEntry( applicable == false, justification == "names its control" )
            then
                insert( Findings.of( drools, "Excluded " + $e.control() ).forControl( $e.control() ).about( $e.control() ).build() );
            end

            rule "Forgets to name the control"
                @control("each") @grade("minor")
            when
                $e : SoaEntry( applicable == false, justification == "names no control" )
            then
                insert( Findings.of( drools, "Excluded " + $e.control() ).about( $e.control() ).build() );
            end

            rule "Fixed requirement naming a control"
                @requirement("4.2.1.j.3") @grade("minor")
            when
                $e : SoaEntry( applicable == false, justification == "fixed requirement" )
            then
                insert( Findings.of( drools, "Excluded " + $e.control() ).forControl( $e.control() ).about( $e.control() ).build() );
            end
            """;

    private static Assessment assessment;

    @BeforeAll
    static void buildRules(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("mine.drl"), RULES);
        assessment = new Assessment(TestEngine.CATALOGUE, RuleBase.withUserRules(TestEngine.CATALOGUE, folder));
    }

    private static AssessmentResult assessExclusion(String control, String justification) {
        String json = """
                {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "each control",
                 "organization": {"id": "ORG", "name": "Example Ltd"},
                 "statementOfApplicability": {"id": "SOA", "entries": [
                   {"control": "%s", "applicable": false, "justification": "%s"}]}}
                """.formatted(control, justification);
        LoadResult loaded = TestEngine.LOADER.load(json.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded).isInstanceOf(LoadResult.Loaded.class);
        return assessment.assess((LoadResult.Loaded) loaded, LocalDate.of(2026, 11, 29), IntervalSettings.defaults());
    }

    @Test
    void theRuleIsDescribedAsCheckingEachControlWithoutAFixedRequirement() {
        assertThat(assessment.ruleBase().rules()).filteredOn(r -> r.name().equals("Excluded control, against that control"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.eachControl()).isTrue();
                    assertThat(r.requirement()).isNull();
                });
        assertThat(assessment.ruleBase().rules()).filteredOn(r -> r.name().equals("Fixed requirement naming a control"))
                .singleElement().satisfies(r -> assertThat(r.eachControl()).isFalse());
    }

    @Test
    void theBuiltInRulesCompiledAtStartAreDescribedAsThePrebuiltOnes() {
        // With a user's folder the built-in DRL is compiled at run time (MVEL); the scenarios run the prebuilt model.
        assertThat(assessment.ruleBase().prebuilt()).isFalse();
        assertThat(assessment.ruleBase().rules()).filteredOn(r -> r.file().startsWith("rules/"))
                .containsExactlyElementsOf(TestEngine.RULES.rules());
    }

    @Test
    void aFindingIsAgainstTheControlTheRuleNames() {
        AssessmentResult result = assessExclusion("A.9.1.6", "names its control");
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("Excluded control, against that control"))
                .extracting(Finding::requirement, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A.9.1.6", "A.9.1.6"));
    }

    @Test
    void aFindingOfSuchARuleWithoutItsControlIsABug() {
        assertThatThrownBy(() -> assessExclusion("A.9.1.6", "names no control"))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Forgets to name the control")
                .hasMessageContaining("call forControl(id)");
    }

    @Test
    void aRuleWithAFixedRequirementCannotNameAControl() {
        assertThatThrownBy(() -> assessExclusion("A.9.1.6", "fixed requirement"))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Fixed requirement naming a control")
                .hasMessageContaining("does not declare @control(\"each\")");
    }

    @Test
    void aControlMetadataOtherThanEachOrBesideARequirementIsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bad.drl");
        Files.writeString(file, """
                package mine;
                rule "One control by the wrong key"
                    @control("A.9.1.6") @grade("minor")
                when
                then
                end

                rule "Both ways at once"
                    @control("each")
                    @requirement("4.2.1.j.3") @grade("minor")
                when
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.withUserRules(TestEngine.CATALOGUE, folder))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).containsExactlyInAnyOrder(
                        file + ": rule \"One control by the wrong key\" names @control(\"A.9.1.6\"): its only value is"
                                + " \"each\"; name one control with @requirement(\"<id>\")",
                        file + ": rule \"Both ways at once\" names both @control(\"each\") and @requirement: keep one"));
    }
}
