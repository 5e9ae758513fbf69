package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.coverage.Coverage;
import org.ismsassessor.coverage.IdCoverage;
import org.ismsassessor.engine.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editions on the command line: both editions have a rule pack; the 2022 catalogue is counted against its own pack and
 * its own scenarios; a 2022 snapshot is assessed by the 2022 pack; an unknown edition is refused.
 */
class EditionCommandTest {

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private static List<String> featureTexts(String folder) {
        try (Stream<Path> files = Files.walk(Path.of("features", folder))) {
            return files.filter(f -> f.toString().endsWith(".feature")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, IdCoverage> byId(List<IdCoverage> coverage) {
        return coverage.stream().collect(Collectors.toMap(IdCoverage::id, Function.identity()));
    }

    @Test
    void bothEditionsHaveARulePack() {
        assertThat(RuleBase.hasRulePack(Edition.ISO27001_2005)).isTrue();
        assertThat(RuleBase.hasRulePack(Edition.ISO27001_2022)).isTrue();
    }

    @Test
    void the2022CatalogueCountsThe2022PacksRulesAndOnlyTheScenariosUnderFeaturesIso270012022() {
        Catalogue catalogue = Catalogue.load(Edition.ISO27001_2022);
        RuleBase pack = RuleBase.builtIn(catalogue);
        assertThat(pack.rules()).allSatisfy(r -> assertThat(r.file()).contains("iso27001-2022"));
        Map<String, IdCoverage> expected = byId(Coverage.of(catalogue, pack.rules(), featureTexts("iso27001-2022")));

        JsonNode listed = json(CommandRun.of("catalogue", "--edition", "iso27001-2022", "--format", "json").out());
        assertThat(listed).hasSize(227);
        for (JsonNode id : listed) {
            IdCoverage counted = expected.get(id.get("id").asString());
            assertThat(List.of(id.get("rules").asInt(), id.get("conformingScenarios").asInt(),
                    id.get("nonconformingScenarios").asInt())).as(counted.id())
                    .containsExactly(counted.rules(), counted.conformingScenarios(), counted.nonconformingScenarios());
        }
        // 5.1.a is an id of both editions: the 2005 scenarios asserting it do not count for the 2022 one.
        List<String> both = new java.util.ArrayList<>(featureTexts("iso27001-2022"));
        both.addAll(featureTexts("iso27001-2005"));
        IdCoverage withBoth = byId(Coverage.of(catalogue, pack.rules(), both)).get("5.1.a");
        assertThat(withBoth.conformingScenarios() + withBoth.nonconformingScenarios())
                .isGreaterThan(expected.get("5.1.a").conformingScenarios() + expected.get("5.1.a").nonconformingScenarios());

        // The text listing ends with the count of ids covered both ways and names no missing pack.
        long complete = expected.values().stream().filter(IdCoverage::complete).count();
        CommandRun text = CommandRun.of("catalogue", "--edition", "iso27001-2022");
        assertThat(text.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(text.err()).isEmpty();
        assertThat(text.out().lines()).contains(complete + " of 227 ids covered by a rule and scenarios both ways",
                "2 ids judged on declaration alone (a snapshot cannot hold evidence for them):");
        assertThat(text.out()).doesNotContain("no rule pack");
        assertThat(text.out().lines().filter(l -> l.startsWith("A.7.12 ")).findFirst().orElseThrow())
                .matches("A\\.7\\.12 +declaration +" + expected.get("A.7.12").rules() + " +"
                        + expected.get("A.7.12").conformingScenarios() + " +" + expected.get("A.7.12").nonconformingScenarios()
                        + " +physical +P +CA +protect +Cabling security");
    }

    @Test
    void uncoveredListsOnlyTheIdsNotCoveredBothWays() {
        Catalogue catalogue = Catalogue.load(Edition.ISO27001_2022);
        List<String> incomplete = Coverage.of(catalogue, RuleBase.builtIn(catalogue).rules(), featureTexts("iso27001-2022"))
                .stream().filter(c -> !c.complete()).map(IdCoverage::id).toList();
        CommandRun run = CommandRun.of("catalogue", "--edition", "iso27001-2022", "--uncovered", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(json(run.out()).valueStream().map(id -> id.get("id").asString()).toList())
                .containsExactlyElementsOf(incomplete);
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
    void a2022SnapshotIsAssessedByThe2022Pack(@TempDir Path dir) throws IOException {
        Path snapshot = dir.resolve("org-2022.json");
        // Its SoA names a 2022 control the 2005 catalogue does not know: it is checked against the 2022 catalogue.
        Files.writeString(snapshot, """
                {"formatVersion": "1.0", "name": "a 2022 ISMS", "edition": "iso27001-2022",
                 "organization": {"id": "ORG", "name": "Example Ltd"},
                 "statementOfApplicability": {"id": "SOA-1", "entries": [{"control": "A.5.7", "applicable": true}]}}
                """);
        CommandRun validated = CommandRun.of("validate", snapshot.toString());
        assertThat(validated.exitCode()).isEqualTo(ExitCode.OK);

        CommandRun run = CommandRun.of("assess", snapshot.toString(), "--date", "2026-06-01", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode result = json(run.out());
        assertThat(result.get("assessor").get("edition").asString()).isEqualTo("iso27001-2022");
        assertThat(result.get("assessor").get("grading").asString()).isEqualTo("iso27001-2022/grading.csv");
        assertThat(result.get("snapshot").get("edition").asString()).isEqualTo("iso27001-2022");
        assertThat(result.get("readiness").get("verdict").asString()).isEqualTo("not-ready");
        assertThat(result.get("summary").get("byKind")).isEqualTo(json("""
                {"major": 2, "minor": 3, "gap": 38, "observation": 0}"""));
        // Every finding is against a requirement or control of the 2022 catalogue.
        Catalogue iso2022 = Catalogue.load(Edition.ISO27001_2022);
        List<String> ids = Stream.concat(iso2022.requirements().stream().map(r -> r.id()),
                iso2022.controls().stream().map(c -> c.id())).toList();
        assertThat(result.get("findings").valueStream().map(f -> f.get("requirement").asString())).isSubsetOf(ids);

        CommandRun text = CommandRun.of("assess", snapshot.toString(), "--date", "2026-06-01");
        assertThat(text.out()).contains("Standard: ISO/IEC 27001:2022 with Amd 1:2024   Assessment date: 2026-06-01");
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
                + "  $.edition: 'iso27001-2013' is not allowed here; expected one of: iso27001-2005, iso27001-2022\n");
    }
}
