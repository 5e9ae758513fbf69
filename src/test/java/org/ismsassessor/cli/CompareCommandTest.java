package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ismsassessor.Samples;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.compare.SamplePair;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.store.HistoryStore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, history and portfolio as a CI pipeline or a consultant uses them: outputs and exit codes. */
class CompareCommandTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static String saved(Path dir, String name, AssessmentResult result) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, JsonReport.write(result));
        return file.toString();
    }

    private static Path historyOfBrightPath(Path dir) {
        Path data = dir.resolve("data");
        try (HistoryStore store = HistoryStore.open(data)) {
            store.save(SamplePair.earlier());
            store.save(SamplePair.later());
        }
        return data;
    }

    @Test
    void theSamplePairRegressesSoFailOnRegressionExitsWithOneAndEveryFormatIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports");
        CommandRun run = run("compare", Samples.file(SamplePair.EARLIER).toString(), Samples.file(SamplePair.LATER).toString(),
                "--old-date", "2026-05-29", "--new-date", "2026-11-29", "--fail-on-regression",
                "--format", "text,json,md,html", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("Comparison of BrightPath Software Ltd (ORG-BP)").contains("Regressions: 1")
                .contains("no longer implemented: Control A.10.9.2 was implemented on 2026-05-29 and is excluded on 2026-11-29");
        String stem = SamplePair.EARLIER + "-vs-" + SamplePair.LATER;
        assertThat(out.resolve(stem + ".txt")).exists();
        assertThat(out.resolve(stem + ".md")).content().contains("## Regressions").contains("| A.10.9.2 | implemented | excluded |");
        assertThat(out.resolve(stem + ".json")).content().contains("\"comparisonFormatVersion\" : \"1.0\"");
        var page = Jsoup.parse(out.resolve(stem + ".html").toFile(), "UTF-8");
        assertThat(page.select(".regression")).hasSize(1);
        assertThat(page.select("tr.finding-change[data-change=resolved]")).isNotEmpty();
        assertThat(page.select("link[href], script[src], img[src]")).isEmpty();
    }

    @Test
    void savedResultsCarryTheirComputedSoaSoTheRegressionIsFoundToo(@TempDir Path dir) throws IOException {
        CommandRun run = run("compare", saved(dir, "may", SamplePair.earlier().result()), saved(dir, "november", SamplePair.later().result()),
                "--fail-on-regression");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).doesNotContain("SoA statuses are not compared").contains("Regressions: 1");
    }

    @Test
    void comparingDifferentOrganizationsIsRefusedUnlessCrossClientIsGiven(@TempDir Path dir) throws IOException {
        String brightpath = saved(dir, "brightpath", SamplePair.later().result());
        String northwind = saved(dir, "northwind", Samples.assessed("northwind-mature"));
        CommandRun refused = run("compare", brightpath, northwind);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("different organizations").contains("--cross-client");

        CommandRun scores = run("compare", brightpath, northwind, "--cross-client", "--format", "json");
        assertThat(scores.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(scores.out()).contains("\"crossClient\" : true").contains("only the scores are compared")
                .doesNotContain("\"findings\"");
    }

    @Test
    void twoStoredAssessmentsOfAClientAreComparedByClientAndDate(@TempDir Path dir) {
        Path data = historyOfBrightPath(dir);
        CommandRun latestTwo = run("compare", "--client", "ORG-BP", "--data-dir", data.toString(), "--fail-on-regression");
        assertThat(latestTwo.exitCode()).as(latestTwo.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(latestTwo.out()).contains("earlier  2026-05-29").contains("A.10.9.2   implemented → excluded");

        CommandRun explicit = run("compare", "--client", "BrightPath Software Ltd", "--from", "2026-05-29", "--to", "2026-11-29",
                "--data-dir", data.toString(), "--format", "md");
        assertThat(explicit.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(explicit.out()).startsWith("# Comparison of BrightPath Software Ltd (ORG-BP)");

        CommandRun missing = run("compare", "--client", "ORG-BP", "--from", "2026-01-01", "--data-dir", data.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no stored assessment on 2026-01-01").contains("2026-05-29");
    }

    @Test
    void historyPrintsTheTrendAndWritesAnHtmlPageWithAnInlineChart(@TempDir Path dir) throws IOException {
        Path data = historyOfBrightPath(dir);
        CommandRun text = run("history", "ORG-BP", "--data-dir", data.toString());
        assertThat(text.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(text.out()).contains("Assessment history of BrightPath Software Ltd (ORG-BP)")
                .containsSubsequence("2026-05-29", "2026-11-29").contains("A.10 Communications");

        Path page = dir.resolve("trend.html");
        CommandRun html = run("history", "ORG-BP", "--data-dir", data.toString(), "--format", "html", "--out", page.toString());
        assertThat(html.exitCode()).isEqualTo(ExitCode.OK);
        var document = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(document.select("svg#trend-chart polyline")).hasSize(2);
        assertThat(document.select("svg#trend-chart circle")).hasSize(4);
        assertThat(document.select("link[href], script[src], img[src]")).isEmpty();

        CommandRun unknown = run("history", "ORG-NOPE", "--data-dir", data.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("no client 'ORG-NOPE'").contains("ORG-BP");
    }

    @Test
    void portfolioListsEveryClientWithDaysSinceItsLastAssessment(@TempDir Path dir) {
        Path data = historyOfBrightPath(dir);
        CommandRun empty = run("portfolio", "--data-dir", dir.resolve("empty").toString());
        assertThat(empty.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(empty.out()).contains("No assessment is stored yet");

        CommandRun run = run("portfolio", "--data-dir", data.toString(), "--date", "2026-12-09");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("1 client").containsPattern("ORG-BP .*BrightPath Software Ltd .*2026-11-29 +10");
    }

    @Test
    void assessSaveStoresTheResultInTheClientsHistory(@TempDir Path dir) throws IOException {
        Path snapshot = dir.resolve("org.json");
        Files.writeString(snapshot, """
                {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "cli test",
                 "organization": {"id": "ORG", "name": "Example Ltd"},
                 "assets": [{"id": "A-1", "name": "Laptop", "type": "endpoint", "inScope": true}]}
                """);
        Path data = dir.resolve("data");
        CommandRun assess = run("assess", snapshot.toString(), "--date", "2026-11-29", "--save", "--data-dir", data.toString(), "-q");
        assertThat(assess.exitCode()).as(assess.err()).isEqualTo(ExitCode.OK);
        CommandRun history = run("history", "ORG", "--data-dir", data.toString());
        assertThat(history.out()).contains("Example Ltd (ORG)").contains("2026-11-29");
    }

    @Test
    void compareNeedsTwoFilesOrAClient(@TempDir Path dir) throws IOException {
        CommandRun run = run("compare", saved(dir, "one", SamplePair.later().result()));
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("give two files OLD NEW, or --client");
    }

    @Test
    void aResultSavedByFormat10IsStillComparedAndTheDifferentGradingIsSaid(@TempDir Path dir) throws IOException {
        // The BrightPath result as the assessor wrote it before the grading table (result format 1.0).
        Path old = dir.resolve("old.json");
        try (var in = new java.util.zip.GZIPInputStream(
                CompareCommandTest.class.getResourceAsStream("/results/brightpath-2026-12-01-format-1.0.json.gz"))) {
            Files.write(old, in.readAllBytes());
        }
        String later = saved(dir, "later", Samples.assessed("brightpath-software"));
        CommandRun run = run("compare", old.toString(), later);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  The grading tables differ (none recorded: result format 1.0 and "
                + Samples.assessed("brightpath-software").assessor().gradingVersion() + "): a finding's kind, the verdict"
                + " and the scores may have changed because of the grading alone, not the organization.");
    }
}
