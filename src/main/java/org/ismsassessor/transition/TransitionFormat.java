package org.ismsassessor.transition;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats a transition report can be written in, with the extension each file gets. */
public enum TransitionFormat {
    MARKDOWN("md", true),
    HTML("html", true),
    JSON("json", true),
    XLSX("xlsx", false);

    private final String extension;
    private final boolean text;

    TransitionFormat(String extension, boolean text) {
        this.extension = extension;
        this.text = text;
    }

    public String extension() {
        return extension;
    }

    /** True for formats that can go to a terminal; XLSX needs a file. */
    public boolean isText() {
        return text;
    }

    public byte[] render(TransitionReport report) {
        return switch (this) {
            case MARKDOWN -> TransitionMarkdown.write(report).getBytes(StandardCharsets.UTF_8);
            case HTML -> TransitionHtml.write(report).getBytes(StandardCharsets.UTF_8);
            case JSON -> TransitionJson.write(report).getBytes(StandardCharsets.UTF_8);
            case XLSX -> TransitionWorkbook.write(report);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
