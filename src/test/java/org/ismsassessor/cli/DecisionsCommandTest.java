package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ismsassessor.Samples;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code assess --decisions FILE} and {@code --fail-on-undecided}: the same rules as the service, for CI gates. */
class DecisionsCommandTest {
    private static final String SAMPLE = "samples/brightpath-software.json";
    private static final String DATE = "2026-11-29";

    @TempDir
    Path dir;

    private static Finding theMajor() {
        return Samples.assessed("brightpath-software").findings().stream()
                .filter(f -> f.kind() == FindingKind.MAJOR_NONCONFORMITY).findFirst().orElseThrow();
    }

    private Path file(String json) throws IOException {
        Path file = dir.resolve("decisions.json");
        Files.writeString(file, json);
        return file;
    }

    private Path decidingTheMajor(String expiresOn) throws IOException {
        return file("""
                [{"findingId": "%s", "kind": "false-positive", "justification": "the review was held, minutes on file",
                  "decidedBy": "carol", "decidedOn": "2026-11-20", "expiresOn": "%s"}]""".formatted(theMajor().id(), expiresOn));
    }

    @Test
    void decisionsShowInTheResultAndNeverChangeTheVerdictOrFailOn() throws IOException {
        Path decisions = decidingTheMajor("2027-05-20");
        CommandRun run = CommandRun.of("assess", SAMPLE, "--date", DATE, "--decisions", decisions.toString(),
                "--format", "json", "--out", "-", "--fail-on", "major");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode result = JsonMapper.shared().readTree(run.out());
        assertThat(result.path("readiness").path("verdict").asString()).isEqualTo("not-ready");
        assertThat(result.path("decisions").path("decidedFindings").get(0).asString()).isEqualTo(theMajor().id());
        JsonNode applied = result.path("decisions").path("applied").get(0);
        assertThat(applied.path("id").asString()).isEqualTo("D-1");
        assertThat(applied.path("decidedBy").asString()).isEqualTo("carol");
        assertThat(applied.path("status").asString()).isEqualTo("applied");
    }

    @Test
    void failOnUndecidedCountsOnlyTheFindingsNoDecisionCovers() throws IOException {
        assertThat(CommandRun.of("assess", SAMPLE, "--date", DATE, "-q", "--fail-on-undecided", "major").exitCode())
                .isEqualTo(1);
        assertThat(CommandRun.of("assess", SAMPLE, "--date", DATE, "-q", "--fail-on-undecided", "major",
                "--decisions", decidingTheMajor("2027-05-20").toString()).exitCode()).isEqualTo(0);
        // Lapsed on the assessment date: the major is undecided again.
        CommandRun expired = CommandRun.of("assess", SAMPLE, "--date", DATE, "--fail-on-undecided", "major",
                "--decisions", decidingTheMajor("2026-11-28").toString());
        assertThat(expired.exitCode()).isEqualTo(1);
        assertThat(expired.out()).contains("lapsed: " + theMajor().id()).contains("[lapsed: expired on 2026-11-28]");
        assertThat(CommandRun.of("assess", SAMPLE, "--date", DATE, "-q", "--fail-on-undecided", "minor",
                "--decisions", decidingTheMajor("2027-05-20").toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aBadDecisionsFileIsRefusedWithEachErrorsJsonPathAndExitCode2() throws IOException {
        CommandRun run = CommandRun.of("assess", SAMPLE, "--date", DATE, "--decisions", file("""
                [{"findingId": "F-1", "kind": "deferred", "justification": "",
                  "decidedBy": "carol", "decidedOn": "2026-11-20"}]""").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        // A deferral expires on its due date when it gives no expiry: only the two missing fields are errors.
        assertThat(run.err()).endsWith("decisions.json is not a valid decisions file: 2 errors\n"
                + "  $[0].justification: required, and not blank\n"
                + "  $[0].dueDate: required: a date YYYY-MM-DD\n");
        assertThat(run.out()).isEmpty();

        CommandRun notJson = CommandRun.of("assess", SAMPLE, "--date", DATE, "--decisions", file("{").toString());
        assertThat(notJson.exitCode()).isEqualTo(2);
        assertThat(notJson.err()).contains("  $: cannot read decisions file");

        Finding clause = Samples.assessed("brightpath-software").findings().stream()
                .filter(f -> !f.requirement().startsWith("A.")).findFirst().orElseThrow();
        CommandRun accepted = CommandRun.of("assess", SAMPLE, "--date", DATE, "--decisions", file("""
                [{"findingId": "%s", "kind": "risk-accepted", "justification": "j", "approval": "MD-1",
                  "decidedBy": "carol", "decidedOn": "2026-11-20", "expiresOn": "2027-01-01"}]""".formatted(clause.id())).toString());
        assertThat(accepted.exitCode()).isEqualTo(2);
        assertThat(accepted.err()).contains("  $[0].kind: risk-accepted is for Annex A findings only");
    }
}
