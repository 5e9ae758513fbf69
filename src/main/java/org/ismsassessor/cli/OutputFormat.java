package org.ismsassessor.cli;

import java.util.Locale;

/** The formats {@code assess} can write, with the file extension each gets in an output folder. */
enum OutputFormat {
    TEXT("txt"),
    JSON("json");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
