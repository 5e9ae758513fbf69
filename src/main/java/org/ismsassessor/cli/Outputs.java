package org.ismsassessor.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes rendered outputs the way {@code --out PATH} promises, without ever losing a user's data:
 * <ul>
 * <li>{@code -} is standard output, for one format;</li>
 * <li>PATH is the file written when it ends with the extension of the one format chosen (in any case:
 * {@code result.JSON}); a name ending with the extension of another format is an error, not a folder;</li>
 * <li>otherwise PATH is a folder receiving {@code <stem>.<extension>} per format;</li>
 * <li>an output that would replace an input of the run is refused before anything is written;</li>
 * <li>each file is written to a temporary file beside it, then moved into place: a failure leaves the file as it
 * was, and every failure is a {@link Refusal} naming the path and the reason.</li>
 * </ul>
 */
final class Outputs {
    /** The file name of standard output for {@code --out}. */
    static final String STANDARD_OUTPUT = "-";

    /** Every extension a command of the assessor writes: a name ending with one is meant as a file. */
    private static final List<String> KNOWN_EXTENSIONS = List.of("oscal.json", "json", "txt", "html", "pdf", "xlsx", "md");

    private Outputs() {
    }

    /** A {@code --out} file or folder, a stem for the files in a folder, and the extensions of the formats chosen. */
    record Request(Path out, String stem, List<String> extensions) {
    }

    /**
     * Where each format goes, by extension in the order given: a file, or null for standard output.
     *
     * @param inputs the files the run reads: an output that is one of them is refused
     * @throws Refusal when the outputs cannot or must not be written there
     */
    static Map<String, Path> targets(Request request, Collection<Path> inputs) {
        Path out = request.out();
        List<String> extensions = request.extensions();
        Map<String, Path> targets = new LinkedHashMap<>();
        if (out.toString().equals(STANDARD_OUTPUT)) {
            if (extensions.size() != 1) {
                throw new Refusal("--out - (standard output) takes one format, not " + extensions.size() + " ("
                        + String.join(", ", extensions) + ")");
            }
            targets.put(extensions.get(0), null);
            return targets;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String named = KNOWN_EXTENSIONS.stream().filter(e -> name.endsWith("." + e)).findFirst().orElse(null);
        if (named != null) {
            if (extensions.size() != 1 || !extensions.get(0).equals(named)) {
                throw new Refusal("--out " + out + " names a ." + named + " file, but "
                        + (extensions.size() == 1 ? "the format chosen is written as ." + extensions.get(0)
                                : extensions.size() + " formats are chosen (" + String.join(", ", extensions) + ")")
                        + ": give " + (extensions.size() == 1 ? "a name ending in ." + extensions.get(0) + " or " : "")
                        + "a folder");
            }
            targets.put(named, out);
        } else {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new Refusal("--out " + out + " is a file, not a folder: give a folder, or a file name ending in ."
                        + extensions.get(0));
            }
            for (String extension : extensions) {
                targets.put(extension, out.resolve(request.stem() + "." + extension));
            }
        }
        for (Path target : targets.values()) {
            if (Files.isDirectory(target)) {
                throw new Refusal("cannot write " + target + ": it is a folder");
            }
            for (Path input : inputs) {
                if (input != null && sameFile(target, input)) {
                    throw new Refusal("--out " + out + " would overwrite " + input
                            + ", an input of this run: nothing was written; give another file or folder");
                }
            }
        }
        return targets;
    }

    /** Writes each format to its target; returns the files written, in order (standard output is not listed). */
    static List<Path> write(Map<String, Path> targets, Map<String, byte[]> rendered, PrintWriter stdout) {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Path> target : targets.entrySet()) {
            byte[] bytes = rendered.get(target.getKey());
            if (target.getValue() == null) {
                StandardOutput.writeBytes(stdout, bytes);
            } else {
                write(target.getValue(), bytes);
                written.add(target.getValue());
            }
        }
        return written;
    }

    /** True when both paths name one existing file (links and different spellings included). */
    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Writes a file whole or not at all. */
    static void write(Path file, byte[] bytes) {
        write(file, stream -> stream.write(bytes));
    }

    /** What writes a file's content. */
    interface Content {
        void writeTo(OutputStream stream) throws IOException;
    }

    /**
     * Writes a file whole or not at all: into a temporary file beside it (created with the permissions of a new file),
     * flushed to the disk, then moved over it.
     *
     * @throws Refusal naming the file and the reason when it cannot be written
     */
    static void write(Path file, Content content) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new Refusal("cannot create the folder " + folder + " for " + file + ": " + reason(e));
        }
        Path temporary = folder.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        // A writer closing its stream must not close the file before it is forced to the disk.
                        flush();
                    }
                };
                content.writeTo(stream);
                stream.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new Refusal("cannot write " + file + ": " + reason(e));
        } catch (java.io.UncheckedIOException e) {
            throw new Refusal("cannot write " + file + ": " + reason(e.getCause()));
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Left behind only when the folder itself has become unwritable; its name says what it is.
            }
        }
    }

    /** Why a file operation failed, in words: the system's own reason when it gives one. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A file's name without its .json or .xlsx extension, for the names of the files written from it. */
    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.(json|xlsx)$", "");
    }
}
