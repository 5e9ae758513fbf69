package org.ismsassessor.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;

/**
 * The formats a result can be written in, with the file extension each gets in an output folder and the media
 * type the web service answers with.
 */
public enum ReportFormat {
    TEXT("txt", true, "text/plain;charset=UTF-8"),
    JSON("json", true, "application/json"),
    HTML("html", true, "text/html;charset=UTF-8"),
    PDF("pdf", false, "application/pdf"),
    XLSX("xlsx", false, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    MD("md", true, "text/markdown;charset=UTF-8"),
    OSCAL("oscal.json", true, "application/oscal.assessment-results+json");

    private final String extension;
    private final boolean text;
    private final String mediaType;

    ReportFormat(String extension, boolean text, String mediaType) {
        this.extension = extension;
        this.text = text;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    /** True for formats that can go to a terminal; PDF and XLSX need --out. */
    public boolean isText() {
        return text;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] render(AssessmentResult result, Catalogue catalogue) {
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
