package org.ismsassessor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ismsassessor.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @Test
    void everyBuiltInRuleNamesARequirementOfTheCatalogueOrIsADerivation() {
        assertThat(TestEngine.RULES.rules()).isNotEmpty().allSatisfy(rule -> {
            if (rule.requirement() != null) {
                assertThat(TestEngine.CATALOGUE.contains(rule.requirement())).as(rule.name()).isTrue();
            }
            assertThat(rule.file()).startsWith("rules/iso27001-2005/");
        });
    }

    @Test
    void theBuiltInRulesAreTheOnesCompiledAtBuildTime() {
        // The path users get; -Disms.rules.prebuilt=false runs the suite against the DRL compiled at start instead.
        boolean wanted = !"false".equalsIgnoreCase(System.getProperty(PrebuiltRules.PROPERTY));
        assertThat(TestEngine.RULES.prebuilt()).isEqualTo(wanted);
    }

    @Test
    void aUserRuleNamingAnUnknownRequirementIsRefusedWithItsFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("mine.drl");
        Files.writeString(file, """
                package mine;
                rule "Something of my own"
                    @requirement("9.9.9") @grade("minor")
                when
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.withUserRules(TestEngine.CATALOGUE, folder))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).containsExactly(
                        file + ": rule \"Something of my own\" names @requirement(\"9.9.9\"), which is not in the ISO/IEC 27001:2005 catalogue"));
    }

    @Test
    void aUserRuleWithoutGradeOrWithAnUnknownGradeIsRefusedNamingWhatToWrite(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("mine.drl");
        Files.writeString(file, """
                package mine;
                rule "Ungraded check of my own"
                    @requirement("A.10.5.1")
                when
                then
                end
                rule "Check of my own graded in other words"
                    @requirement("A.10.5.1") @grade("serious")
                when
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.withUserRules(TestEngine.CATALOGUE, folder))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).containsExactlyInAnyOrder(
                        file + ": rule \"Ungraded check of my own\" has no line in iso27001-2005/grading.csv and declares"
                                + " no @grade(\"major|minor|gap|observation\")",
                        file + ": rule \"Check of my own graded in other words\" declares @grade(\"serious\"): use major,"
                                + " minor, gap or observation"));
    }

    @Test
    void everyBuiltInCheckingRuleHasExactlyOneLineInTheGradingTable() {
        RuleBase builtIn = TestEngine.RULES;
        long checking = builtIn.rules().stream().filter(r -> r.requirement() != null || r.eachControl()).count();
        assertThat(builtIn.grading().rows()).hasSize((int) checking);
        builtIn.rules().stream().filter(r -> r.requirement() != null || r.eachControl())
                .forEach(r -> assertThat(builtIn.grading().rowFor(r.name())).as(r.name()).isPresent());
    }

    @Test
    void aUserRuleWithoutRequirementIsRefused(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("mine.drl"), """
                package mine;
                rule "Nameless check"
                when
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.withUserRules(TestEngine.CATALOGUE, folder))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("rule \"Nameless check\" names no requirement");
    }

    @Test
    void aDrlSyntaxErrorIsReportedWithItsFileAndLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("broken.drl");
        Files.writeString(file, """
                package mine;

                rule "Broken"
                    @requirement("4.1")
                when
                    this is not drl
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.withUserRules(TestEngine.CATALOGUE, folder))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).containsExactly(
                        file + ":6: [ERR 102] Line 6:9 mismatched input 'is' in rule \"Broken\""));
    }
}
