package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a CI pipeline uses it: outputs, files written and exit codes. */
class AssessorCommandTest {

    private static final String SNAPSHOT = """
            {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "cli test",
             "organization": {"id": "ORG", "name": "Example Ltd"},
             "people": [{"id": "P-1", "name": "Ada", "management": true}],
             "assets": [{"id": "A-1", "name": "Laptop", "type": "endpoint", "inScope": true}]}
            """;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static Path snapshot(Path dir, String json) throws IOException {
        Path file = dir.resolve("org.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void theBuiltInRulesArePreloadedOnlyForCommandsThatAssessWithThem() {
        assertThat(AssessorCommand.needsBuiltInRules("assess", "org.json", "--date", "2026-11-29")).isTrue();
        assertThat(AssessorCommand.needsBuiltInRules("assess-all", "in", "--out", "out")).isTrue();
        assertThat(AssessorCommand.needsBuiltInRules("assess", "org.json", "--rules", "mine")).isFalse();
        assertThat(AssessorCommand.needsBuiltInRules("assess", "org.json", "--rules=mine")).isFalse();
        assertThat(AssessorCommand.needsBuiltInRules("validate", "org.json")).isFalse();
        assertThat(AssessorCommand.needsBuiltInRules("assess", "--help")).isFalse();
        assertThat(AssessorCommand.needsBuiltInRules()).isFalse();
    }

    @Test
    void theUsageListsEverySubCommandAndEachNameIsTheCommandsOwn() {
        CommandRun help = run("--help");
        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).containsSubsequence("  assess ", "  validate ", "  catalogue ", "  compare ", "  history ",
                "  portfolio ", "  generate ", "  assess-all ", "  serve ", "  audit-log ");
        // A command line naming a sub-command gets only that one; its name must be the one its class declares.
        for (String name : java.util.List.of("assess", "validate", "catalogue", "compare", "history", "portfolio",
                "generate", "assess-all", "serve", "audit-log")) {
            CommandRun usage = run(name, "--help");
            assertThat(usage.exitCode()).as(name).isEqualTo(ExitCode.OK);
            assertThat(usage.out()).as(name).startsWith("Usage: isms-assessor " + name + " ");
        }
        CommandRun unknown = run("asses", "x.json");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).isEqualTo("error: Unmatched arguments from index 0: 'asses', 'x.json'\nRun with --help for usage.\n");
    }

    @Test
    void assessPrintsASummaryAndWritesTheJsonResult(@TempDir Path dir) throws IOException {
        Path result = dir.resolve("out/result.json");
        CommandRun run = run("assess", snapshot(dir, SNAPSHOT).toString(), "--date", "2026-11-29", "--out", result.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ISMS assessment of Example Ltd").contains("Minor nonconformity")
                .contains("Top recommended actions").contains("4.2.1.d.1 Asset Laptop (A-1) has no owner");
        assertThat(Files.readString(result)).contains("\"assessmentDate\" : \"2026-11-29\"")
                .contains("\"requirement\" : \"4.2.1.d.1\"").contains("\"path\" : \"$.assets[0].owner\"");
    }

    @Test
    void failOnMinorGivesExitCodeOneWhenAMinorNonconformityExists(@TempDir Path dir) throws IOException {
        CommandRun run = run("assess", snapshot(dir, SNAPSHOT).toString(), "--date", "2026-11-29", "--fail-on", "minor", "-q");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void failOnMajorPassesWhenThereAreOnlyMinorsAndGaps(@TempDir Path dir) throws IOException {
        CommandRun run = run("assess", snapshot(dir, SNAPSHOT).toString(), "--date", "2026-11-29", "--fail-on", "major");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theSameSnapshotAndDateGiveByteIdenticalJson(@TempDir Path dir) throws IOException {
        Path file = snapshot(dir, SNAPSHOT);
        CommandRun first = run("assess", file.toString(), "--date", "2026-11-29", "--format", "json");
        CommandRun second = run("assess", file.toString(), "--date", "2026-11-29", "--format", "json");
        assertThat(first.out()).startsWith("{").isEqualTo(second.out());
    }

    @Test
    void anInvalidSnapshotGivesExitCodeTwoAndPathsWithoutStackTrace(@TempDir Path dir) throws IOException {
        Path file = snapshot(dir, """
                {"formatVersion": "1.0", "edition": "iso27001-2005", "organization": {"id": "ORG"},
                 "assets": [{"id": "A-1", "owner": "P-9"}], "risks": [{"id": "R-1", "level": "high"}]}
                """);
        CommandRun run = run("assess", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("$.risks[0].level").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateReportsEveryErrorAtOnce(@TempDir Path dir) throws IOException {
        Path file = snapshot(dir, """
                {"formatVersion": "1.0", "edition": "iso27001-2005", "organization": {"id": "ORG"},
                 "assets": [{"id": "A-1", "owner": "P-9"}, {"id": "A-1"}]}
                """);
        CommandRun run = run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("2 errors").contains("$.assets[0].owner").contains("$.assets[1].id");
    }

    @Test
    void validateAcceptsAGoodSnapshot(@TempDir Path dir) throws IOException {
        CommandRun run = run("validate", snapshot(dir, SNAPSHOT).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("is a valid snapshot");
    }

    @Test
    void aBadOptionIsAUsageErrorWithExitCodeTwo(@TempDir Path dir) throws IOException {
        CommandRun run = run("assess", snapshot(dir, SNAPSHOT).toString(), "--date", "yesterday");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--date");
    }

    @Test
    void catalogueListsEveryIdWithItsCoverage() {
        CommandRun run = run("catalogue");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("4.2.1.j.3").contains("A.15.3.2").contains("of 274 ids covered");
    }

    @Test
    void catalogueStatesEachIdsBasisAndCountsTheDeclarationOnlyIds() throws IOException {
        CommandRun text = run("catalogue");
        assertThat(text.out()).containsPattern("A\\.12\\.2\\.1 +declaration ")
                .containsPattern("A\\.10\\.10\\.2 +evidence ")
                .contains("9 ids judged on declaration alone (a snapshot cannot hold evidence for them):");
        CommandRun json = run("catalogue", "--format", "json");
        tools.jackson.databind.JsonNode ids = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.out());
        assertThat(ids.valueStream().filter(id -> !id.has("basis"))).isEmpty();
        assertThat(ids.valueStream().filter(id -> id.get("basis").asString().equals("declaration"))
                .map(id -> id.get("id").asString()))
                .containsExactly("A.6.1.1", "A.9.2.3", "A.10.7.4", "A.11.4.7", "A.12.2.1", "A.12.2.2", "A.12.2.3",
                        "A.12.2.4", "A.12.5.4");
        assertThat(ids.valueStream().filter(id -> id.get("id").asString().equals("A.10.10.2")).findFirst().orElseThrow()
                .get("evidencedBy").asString()).isEqualTo("record");
    }
}
