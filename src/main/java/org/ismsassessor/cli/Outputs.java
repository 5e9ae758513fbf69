package org.ismsassessor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes rendered outputs the way {@code --out PATH} promises: to the file PATH when one format is chosen and
 * PATH ends with its extension, otherwise into folder PATH as {@code <stem>.<extension>} per format.
 */
final class Outputs {
    private Outputs() {
    }

    /** @param rendered the bytes of each chosen format, keyed by its extension, in the order to write them */
    static List<Path> write(Path out, String stem, Map<String, byte[]> rendered) throws IOException {
        List<Path> written = new ArrayList<>();
        if (rendered.size() == 1) {
            Map.Entry<String, byte[]> only = rendered.entrySet().iterator().next();
            if (out.getFileName().toString().endsWith("." + only.getKey())) {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(out, only.getValue());
                written.add(out);
                return written;
            }
        }
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> format : rendered.entrySet()) {
            Path file = out.resolve(stem + "." + format.getKey());
            Files.write(file, format.getValue());
            written.add(file);
        }
        return written;
    }

    /** A file's name without its .json extension, for the names of the files written from it. */
    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "");
    }
}
