package org.ismsassessor.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ismsassessor.compare.Comparison;
import org.ismsassessor.report.ComparisonHtml;
import org.ismsassessor.report.ComparisonMarkdown;
import org.ismsassessor.report.ComparisonText;
import org.ismsassessor.report.JsonReport;

/** The formats {@code compare} can write, with the file extension each gets in an output folder. */
enum ComparisonFormat {
    TEXT("txt"),
    JSON("json"),
    MD("md"),
    HTML("html");

    private final String extension;

    ComparisonFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    byte[] render(Comparison comparison) {
        String text = switch (this) {
            case TEXT -> ComparisonText.write(comparison);
            case JSON -> JsonReport.mapper().writeValueAsString(comparison) + "\n";
            case MD -> ComparisonMarkdown.write(comparison);
            case HTML -> ComparisonHtml.write(comparison);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
