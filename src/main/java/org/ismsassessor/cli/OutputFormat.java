package org.ismsassessor.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.report.HtmlReport;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.report.MarkdownReport;
import org.ismsassessor.report.OscalReport;
import org.ismsassessor.report.PdfReport;
import org.ismsassessor.report.SpreadsheetReport;
import org.ismsassessor.report.TextReport;

/** The formats {@code assess} can write, with the file extension each gets in an output folder. */
enum OutputFormat {
    TEXT("txt", true),
    JSON("json", true),
    HTML("html", true),
    PDF("pdf", false),
    XLSX("xlsx", false),
    MD("md", true),
    OSCAL("oscal.json", true);

    private final String extension;
    private final boolean text;

    OutputFormat(String extension, boolean text) {
        this.extension = extension;
        this.text = text;
    }

    String extension() {
        return extension;
    }

    /** True for formats that can go to a terminal; PDF and XLSX need --out. */
    boolean isText() {
        return text;
    }

    byte[] render(AssessmentResult result, Catalogue catalogue) {
        return switch (this) {
            case TEXT -> utf8(TextReport.write(result, catalogue));
            case JSON -> utf8(JsonReport.write(result));
            case HTML -> utf8(HtmlReport.write(result, catalogue));
            case PDF -> PdfReport.write(result, catalogue);
            case XLSX -> SpreadsheetReport.write(result, catalogue);
            case MD -> utf8(MarkdownReport.write(result, catalogue));
            case OSCAL -> utf8(OscalReport.write(result, catalogue));
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
