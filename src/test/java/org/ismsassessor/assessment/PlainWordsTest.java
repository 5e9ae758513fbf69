package org.ismsassessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.generate.SnapshotGenerator;
import org.ismsassessor.generate.SnapshotSize;
import org.ismsassessor.report.HtmlReport;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.report.MarkdownReport;
import org.ismsassessor.report.OscalReport;
import org.ismsassessor.report.TextReport;
import org.ismsassessor.snapshot.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * Words, not codes, in the texts people read: no finding of any bundled sample or of the generated large snapshot
 * says {@code recordId} or {@code P12M} in its title, explanation, remedy, recommended action or grading reason, nor
 * does the verdict's reason. JSON paths ({@code $.documents[0].lastReviewedOn}) are the trace an auditor follows and
 * may name fields as the format does.
 */
class PlainWordsTest {
    private static final Pattern JSON_PATH = Pattern.compile("\\$(?:\\.[A-Za-z0-9_-]+|\\[[^\\]\\s]*\\])*");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z0-9]*\\b");
    private static final Pattern PERIOD = Pattern.compile("\\bP\\d+[YMWD](?:\\d+[MWD])*\\b");

    @Test
    void everySampleAndTheLargeSnapshotAreAssessedInWords() throws IOException {
        List<String> codes = new ArrayList<>();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(4);
        int findings = 0;
        for (Path sample : samples) {
            // Each sample is assessed by the pack of its edition (the 2022 sample by the 2022 pack).
            TestEngine.Pack pack = TestEngine.of(org.ismsassessor.catalogue.Edition.byId(tools.jackson.databind.json.JsonMapper
                    .builder().build().readTree(Files.readAllBytes(sample)).get("edition").asString()).orElseThrow());
            findings += codesIn(sample.getFileName().toString(), pack.loader().load(sample), pack.assessment(), codes);
        }
        ByteArrayOutputStream large = new ByteArrayOutputStream();
        new SnapshotGenerator(TestEngine.CATALOGUE).write(SnapshotSize.LARGE, 1, large);
        findings += codesIn("large", TestEngine.LOADER.load(large.toByteArray()), TestEngine.ASSESSMENT, codes);
        assertThat(findings).as("findings checked").isGreaterThan(150);
        assertThat(codes).isEmpty();
    }

    private static int codesIn(String name, LoadResult loaded, Assessment assessment, List<String> codes) {
        assertThat(loaded).as(name).isInstanceOf(LoadResult.Loaded.class);
        var result = assessment.assess((LoadResult.Loaded) loaded, Samples.DATE, IntervalSettings.defaults());
        check(name + " verdict reason", result.readiness().verdictReason(), codes);
        for (Finding f : result.findings()) {
            String where = name + " " + f.id() + " (" + f.rule() + ") ";
            check(where + "title", f.title(), codes);
            check(where + "explanation", f.explanation(), codes);
            check(where + "remedy", f.remedy(), codes);
            check(where + "action", f.recommendedAction().action(), codes);
            check(where + "grading reason", f.grading().reason(), codes);
        }
        return result.findings().size();
    }

    private static void check(String where, String text, List<String> codes) {
        if (text == null) {
            return;
        }
        String prose = JSON_PATH.matcher(text).replaceAll("");
        for (Pattern code : List.of(CAMEL_CASE, PERIOD)) {
            Matcher m = code.matcher(prose);
            while (m.find()) {
                codes.add(where + ": '" + m.group() + "' in: " + text);
            }
        }
    }

    @Test
    void brightPathNamesPeopleAndControlsAndEveryFormatSaysTheSame() {
        var result = Samples.assessed("brightpath-software");
        Finding training = only(result, "5.2.2.b");
        assertThat(training.title()).isEqualTo("Role holder is not trained for the role's required competences: 7 items"
                + " (Sarah Whitfield (P-005), James Doyle (P-006), Aisha Khan (P-007), Arjun Mehta (P-022), Ewan Stewart"
                + " (P-023))");
        assertThat(training.recommendedAction().action()).isEqualTo("Train Sarah Whitfield (P-005) in 3 years"
                + " security/compliance experience, ISO/IEC 27001 Lead Implementer or equivalent (or record the evidence"
                + " of existing competence, or give the role to someone competent).");
        // The ids a machine reads stay ids.
        assertThat(training.subject()).isEqualTo("P-005");
        assertThat(only(result, "4.2.1.j.3").title()).isEqualTo("Excluded control A.10.9.2 (On-line transactions) has no"
                + " justification");
        Finding review = only(result, "7.1.planned");
        assertThat(review.remedy()).isEqualTo("Hold the overdue management review now and schedule the following ones"
                + " within the planned interval (12 months).");
        assertThat(review.lateness().interval()).isEqualTo("P12M");
        assertThat(only(result, "4.3.3.performance").remedy()).isEqualTo("Keep a record of activity ACT-BP-DEL-2026-10"
                + " (report, log, minutes) and reference it in 'record id'.");

        String title = training.title();
        assertThat(JsonReport.write(result)).contains("\"title\" : \"" + title + "\"");
        assertThat(TextReport.write(result, TestEngine.CATALOGUE)).contains("5.2.2.b " + title);
        assertThat(MarkdownReport.write(result, TestEngine.CATALOGUE)).contains(title);
        assertThat(OscalReport.write(result, TestEngine.CATALOGUE)).contains(title);
        assertThat(HtmlReport.write(result, TestEngine.CATALOGUE))
                .contains(title.replace("'", "&#39;"));
    }

    private static Finding only(AssessmentResult result, String requirement) {
        return result.findings().stream().filter(f -> f.requirement().equals(requirement)).findFirst().orElseThrow();
    }

    @Test
    void theCheckFindsCodesOutsidePathsOnly() {
        List<String> codes = new ArrayList<>();
        check("t", "see $.documents[0].lastReviewedOn and $.policy.publishedOn, every 12 months", codes);
        assertThat(codes).isEmpty();
        check("t", "reference it in recordId within P12M", codes);
        assertThat(codes).containsExactly("t: 'recordId' in: reference it in recordId within P12M",
                "t: 'P12M' in: reference it in recordId within P12M");
    }
}
