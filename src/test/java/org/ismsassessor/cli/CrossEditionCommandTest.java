package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two editions in one command: BrightPath's 2005 snapshot against the same snapshot moved to 2022 by the transition
 * (its --write-snapshot), compared only with --cross-edition; the workbook refuses a 2022 snapshot.
 */
class CrossEditionCommandTest {
    private static final String SAMPLE = "samples/brightpath-software.json";

    @TempDir
    static Path dir;
    static Path in2022;

    @BeforeAll
    static void moveBrightPathTo2022() {
        in2022 = dir.resolve("brightpath-2022.json");
        CommandRun run = CommandRun.of("transition", SAMPLE, "--to", "iso27001-2022", "--date", "2026-05-01",
                "--out", dir.resolve("plan.md").toString(), "--write-snapshot", in2022.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void snapshotsOfTwoEditionsAreNotComparedWithoutCrossEdition() {
        CommandRun run = CommandRun.of("compare", SAMPLE, in2022.toString(), "--date", "2026-05-01");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: " + SAMPLE + " is assessed against iso27001-2005 and " + in2022
                + " against iso27001-2022; give --cross-edition to compare them through the mapping\n");
    }

    @Test
    void crossEditionMatchesFindingsByRuleAndSubjectAndControlsThroughTheMapping() {
        CommandRun run = CommandRun.of("compare", SAMPLE, in2022.toString(), "--date", "2026-05-01", "--cross-edition",
                "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode comparison = JsonMapper.builder().build().readTree(run.out());
        assertThat(comparison.get("earlier").get("edition").asString()).isEqualTo("iso27001-2005");
        assertThat(comparison.get("later").get("edition").asString()).isEqualTo("iso27001-2022");
        JsonNode findings = comparison.get("findings");
        assertThat(findings.get("resolved")).hasSize(59);
        assertThat(findings.get("new")).hasSize(199);
        assertThat(findings.get("persisting")).hasSize(30);
        assertThat(findings.get("changed")).isEmpty();
        // The same rule on the same document: one finding, its requirement and id of each edition.
        JsonNode procedure = findings.get("persisting").get(0);
        assertThat(procedure.get("subject").asString()).isEqualTo("DOC-BP-17");
        assertThat(procedure.get("earlier").get("rule").asString()).isEqualTo("Security procedure supports no business process");
        assertThat(procedure.get("earlier").get("id").asString()).isEqualTo("F-427f7b92a81a");
        assertThat(procedure.get("later").get("id").asString()).isEqualTo("F-22c94d13ad8a");
        // The 2005 SoA re-expressed through the mapping agrees with the SoA the transition carried over.
        assertThat(comparison.get("controls")).isEmpty();
        assertThat(comparison.get("regressions")).isEmpty();
        assertThat(comparison.get("readiness").get("byClause")).isEmpty();
        assertThat(comparison.get("readiness").get("overall").get("delta").asDouble()).isEqualTo(-7.9);
        assertThat(comparison.get("notes").get(0).asString()).startsWith("Compared across editions (ISO/IEC 27001:2005 "
                + "and ISO/IEC 27001:2022 with Amd 1:2024): findings are matched by rule name and subject;");
    }

    @Test
    void theTextComparisonNamesTheStandardOfEachSide() {
        CommandRun run = CommandRun.of("compare", SAMPLE, in2022.toString(), "--date", "2026-05-01", "--cross-edition");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().toList().subList(0, 4)).containsExactly(
                "Comparison of BrightPath Software Ltd (ORG-BP)",
                "  earlier  2026-05-01  BrightPath Software Ltd: Not ready, overall 72.0% (major 1, minor 16, gap 57, observation 2)",
                "  later    2026-05-01  BrightPath Software Ltd: Not ready, overall 64.1% (major 1, minor 15, gap 61, observation 2)",
                "  Standards: ISO/IEC 27001:2005 (earlier), ISO/IEC 27001:2022 with Amd 1:2024 (later)");
        CommandRun same = CommandRun.of("compare", SAMPLE, SAMPLE, "--date", "2026-05-01");
        assertThat(same.out().lines().toList().get(3)).isEqualTo("  Standard: ISO/IEC 27001:2005");
    }

    @Test
    void theWorkbookRefusesA2022SnapshotInOneLine() {
        CommandRun export = CommandRun.of("export", in2022.toString(), "--out", dir.resolve("x.xlsx").toString());
        assertThat(export.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(export.err()).isEqualTo("error: " + in2022 + " is a snapshot of iso27001-2022: the ISMS workbook holds "
                + "iso27001-2005 snapshots only in this version; keep a iso27001-2022 snapshot as JSON\n");
    }
}
