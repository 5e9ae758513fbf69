package org.ismsassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.snapshot.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The PDF a consultant sends: every Latin, Greek and Cyrillic letter prints, with a cover, contents and pages. */
class PdfReportTest {
    static final String POLISH = "Zażółć gęślą jaźń Sp. z o.o.";
    static final String GREEK = "Ψηφιακή Ασφάλεια Ελλάδος";
    static final String CYRILLIC = "Иван Петров";
    static final String CYRILLIC_JUSTIFICATION = "Неприменимо";
    static final String JAPANESE = "東京支社";
    static AssessmentResult result;

    @BeforeAll
    static void assessASnapshotInFourScripts() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode snapshot = (ObjectNode) mapper.readTree(Files.readAllBytes(Samples.file("brightpath-software")));
        ((ObjectNode) snapshot.get("organization")).put("name", POLISH + " " + JAPANESE);
        snapshot.put("name", GREEK);
        for (JsonNode entry : snapshot.get("statementOfApplicability").get("entries")) {
            if (entry.has("justification")) {
                ((ObjectNode) entry).put("justification", CYRILLIC_JUSTIFICATION);
            }
        }
        for (JsonNode person : snapshot.get("people")) {
            if (person.get("id").asString().equals("P-018")) {
                ((ObjectNode) person).put("name", CYRILLIC); // named in a finding's explanation
            }
        }
        LoadResult loaded = TestEngine.LOADER.load(mapper.writeValueAsBytes(snapshot));
        result = TestEngine.ASSESSMENT.assess((LoadResult.Loaded) loaded, LocalDate.of(2026, 11, 29),
                IntervalSettings.defaults());
    }

    @Test
    void polishGreekAndCyrillicNamesReadBackExactlyAndNothingPrintsAsAHash() throws IOException {
        // Lines wrap at spaces: the text is compared with its white space made single spaces.
        String text = text(PdfReport.write(result, TestEngine.CATALOGUE)).replaceAll("\\s+", " ");
        assertThat(text).contains(POLISH).contains(GREEK).contains(CYRILLIC).contains("excluded: " + CYRILLIC_JUSTIFICATION);
        // Japanese prints with a system font that has it, or as U+FFFD where none has: never as '#'.
        assertThat(text).doesNotContain("####");
        assertThat(text.contains(JAPANESE) || text.contains("\uFFFD\uFFFD\uFFFD\uFFFD")).as(JAPANESE).isTrue();
    }

    @Test
    void charactersNoFontHasAreNamedInOneWarningAndReplaced() {
        PdfFonts.Plan plan = PdfFonts.plan(POLISH + GREEK + CYRILLIC + "\uE000\u0378");
        assertThat(plan.missing()).as("unassigned and private-use code points are not text to print").isEmpty();
        assertThat(PdfFonts.plan(POLISH + GREEK + CYRILLIC).fallbacks()).isEmpty();
        assertThat(PdfFonts.replaceMissing("a東b", Set.of((int) '東'))).isEqualTo("a\uFFFDb");
        assertThat(PdfFonts.describe(Set.of((int) '東', (int) '京'))).isEqualTo("京 (U+4EAC), 東 (U+6771)");

        List<ILoggingEvent> events = capture(() -> PdfReport.write(result, TestEngine.CATALOGUE));
        List<ILoggingEvent> fontWarnings = events.stream()
                .filter(e -> e.getFormattedMessage().contains("cannot show")).toList();
        if (PdfFonts.plan(JAPANESE).missing().isEmpty()) {
            assertThat(fontWarnings).isEmpty(); // this system has a font for Japanese
        } else {
            assertThat(fontWarnings).hasSize(1);
            assertThat(fontWarnings.get(0).getFormattedMessage()).contains("東 (U+6771)").contains("京 (U+4EAC)");
        }
    }

    @Test
    void onlyTheEmbeddedBundledFontIsUsedAndThePdfLibrariesWarnOfNothing() throws IOException {
        List<ILoggingEvent> events = new ArrayList<>();
        byte[][] pdf = new byte[1][];
        events.addAll(capture(() -> pdf[0] = PdfReport.write(Samples.assessed("brightpath-software"), TestEngine.CATALOGUE)));
        assertThat(events).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf[0])) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void thePdfHasACoverContentsBookmarksPageNumbersAndALandscapeSoa() throws IOException {
        AssessmentResult brightpath = Samples.assessed("brightpath-software");
        try (PDDocument document = Loader.loadPDF(PdfReport.write(brightpath, TestEngine.CATALOGUE))) {
            int pages = document.getNumberOfPages();
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(document)).contains("BrightPath Software Ltd").contains("2026-11-29")
                    .contains("ISO/IEC 27001:2005").contains(brightpath.readiness().verdict().label())
                    .contains("Overall readiness").contains("Evidence coverage").contains("Confidential")
                    .doesNotContain("Page 1 of");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(document)).contains("Contents").contains("Page 2 of " + pages);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Executive summary", "Readiness by clause and domain", "Action plan",
                    "Findings", "Statement of Applicability", "Assessment inputs");
            assertThat(document.getPages()).anyMatch(p -> p.getMediaBox().getWidth() > p.getMediaBox().getHeight());
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isLessThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<ILoggingEvent> capture(Runnable action) {
        // The command line logs errors only (warnings with --verbose): warnings are let through while capturing.
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.WARN);
        try {
            action.run();
        } finally {
            root.setLevel(level);
            root.detachAppender(appender);
        }
        return appender.list;
    }
}
