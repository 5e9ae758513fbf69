package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.engine.RuleBaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Editions on the command line: the 2022 catalogue listed while its rule pack is absent, and nothing assessed against it. */
class EditionCommandTest {
    private static final String NO_PACK = "no rule pack for iso27001-2022 in this version";

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void onlyThe2005EditionHasARulePackInThisVersion() {
        assertThat(RuleBase.hasRulePack(Edition.ISO27001_2005)).isTrue();
        assertThat(RuleBase.hasRulePack(Edition.ISO27001_2022)).isFalse();
        assertThatThrownBy(() -> RuleBase.builtIn(Catalogue.load(Edition.ISO27001_2022)))
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.problems()).containsExactly(NO_PACK));
    }

    @Test
    void the2022CatalogueIsListedWithThemesAndAttributesAndEveryIdUncovered() {
        CommandRun run = CommandRun.of("catalogue", "--edition", "iso27001-2022");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("id ").contains(" theme ", " type ", " CIA ", " concepts ").endsWith("title");
        assertThat(lines).contains(
                "4.1.climate          evidence        0          0             0"
                        + "                                                           Climate change considered",
                "A.5.7                evidence        0          0             0  organizational PDC  CIA"
                        + " identify,detect,respond          Threat intelligence",
                "A.7.12               declaration     0          0             0  physical       P    CA "
                        + " protect                          Cabling security",
                "0 of 227 ids covered by a rule and scenarios both ways",
                NO_PACK + ": every id is uncovered until its rules are written",
                "2 ids judged on declaration alone (a snapshot cannot hold evidence for them):");
    }

    @Test
    void uncoveredListsEveryIdOfAnEditionWithoutItsRulePackAndSaysWhy() {
        CommandRun run = CommandRun.of("catalogue", "--edition", "iso27001-2022", "--uncovered", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode ids = json(run.out());
        assertThat(ids).hasSize(227);
        assertThat(ids.valueStream().filter(id -> id.get("rules").asInt() != 0 || id.get("conformingScenarios").asInt() != 0
                || id.get("nonconformingScenarios").asInt() != 0)).isEmpty();
        assertThat(run.err()).isEqualTo("note: " + NO_PACK + ": every id is uncovered\n");
        assertThat(CommandRun.of("catalogue", "--edition", "iso27001-2022", "--uncovered").out())
                .contains("0 of 227 ids covered", NO_PACK);
    }

    @Test
    void theJsonListingCarriesEach2022ControlsThemeAndAttributesAndNoneFor2005() {
        JsonNode ids = json(CommandRun.of("catalogue", "--edition", "iso27001-2022", "--format", "json").out());
        JsonNode cloud = ids.valueStream().filter(id -> id.get("id").asString().equals("A.5.23")).findFirst().orElseThrow();
        assertThat(cloud.get("theme").asString()).isEqualTo("organizational");
        assertThat(cloud.get("evidencedBy").asString()).isEqualTo("check");
        assertThat(cloud.get("attributes")).isEqualTo(json("""
                {"controlTypes": ["preventive"], "securityProperties": ["confidentiality", "integrity", "availability"],
                 "cybersecurityConcepts": ["protect"], "operationalCapabilities": ["supplier-relationships-security"],
                 "securityDomains": ["governance-and-ecosystem", "protection"]}"""));
        JsonNode climate = ids.valueStream().filter(id -> id.get("id").asString().equals("4.1.climate")).findFirst()
                .orElseThrow();
        assertThat(climate.has("theme")).isFalse();
        assertThat(climate.get("evidencedBy").asString()).isEqualTo("requirement");

        JsonNode ids2005 = json(CommandRun.of("catalogue", "--format", "json").out());
        assertThat(ids2005).hasSize(274);
        assertThat(ids2005.valueStream().filter(id -> id.has("theme") || id.has("attributes"))).isEmpty();
    }

    @Test
    void anUnknownEditionIsRefusedNamingTheKnownOnes() {
        CommandRun run = CommandRun.of("catalogue", "--edition", "iso27001-2013");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: --edition must be one of iso27001-2005, iso27001-2022, not 'iso27001-2013'\n");
    }

    @Test
    void aSnapshotOfAnEditionWithoutItsRulePackIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path snapshot = dir.resolve("org-2022.json");
        // The SoA names 2022 controls: the refusal comes before any check against the 2005 catalogue.
        Files.writeString(snapshot, """
                {"formatVersion": "1.0", "name": "a 2022 ISMS", "edition": "iso27001-2022",
                 "organization": {"id": "ORG", "name": "Example Ltd"},
                 "statementOfApplicability": {"entries": [{"controlId": "A.5.7", "applicable": true}]}}
                """);
        for (String command : List.of("assess", "validate")) {
            CommandRun run = CommandRun.of(command, snapshot.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).as(command).isEmpty();
            assertThat(run.err()).as(command).isEqualTo("error: " + snapshot + ": " + NO_PACK + "\n");
        }
    }

    @Test
    void anUnknownEditionInASnapshotIsStillTheSchemasToReport(@TempDir Path dir) throws IOException {
        Path snapshot = dir.resolve("org-2013.json");
        Files.writeString(snapshot, """
                {"formatVersion": "1.0", "name": "a 2013 ISMS", "edition": "iso27001-2013",
                 "organization": {"id": "ORG", "name": "Example Ltd"}}
                """);
        CommandRun run = CommandRun.of("validate", snapshot.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(snapshot + " is not a valid snapshot: 1 error\n"
                + "  $.edition: 'iso27001-2013' is not allowed here; expected one of: iso27001-2005\n");
    }
}
