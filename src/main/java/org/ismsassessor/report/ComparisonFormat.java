package org.ismsassessor.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ismsassessor.compare.Comparison;

/** The formats {@code compare} can write, with the file extension each gets in an output folder. */
public enum ComparisonFormat {
    TEXT("txt", "text/plain;charset=UTF-8"),
    JSON("json", "application/json"),
    MD("md", "text/markdown;charset=UTF-8"),
    HTML("html", "text/html;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ComparisonFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] render(Comparison comparison) {
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
