package org.ismsassessor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the workbook commands' output files whole or not at all: through a temporary file moved into place. */
final class WorkbookFiles {
    private WorkbookFiles() {
    }

    static void write(Path target, TemplateCommand.Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        // Beside the target, created with the usual permissions (a temporary file's would be the owner's only).
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                writing.to(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
