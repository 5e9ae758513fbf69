package org.ismsassessor.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a running {@code serve} leaves in the data folder of its embedded database ({@value #FILE}: its process
 * and address), so that a command finding the database held can say that this server holds it and where its API
 * is, instead of the database's "may be already in use". A note whose process is gone (a server killed) is ignored.
 */
final class ServerMarker {
    static final String FILE = "server.properties";

    /** A server holding a data folder. */
    record Server(long pid, String url) {
    }

    private ServerMarker() {
    }

    /** Leaves the note for this process; best effort (a server runs without it). */
    static void write(Path folder, String url) {
        Properties note = new Properties();
        note.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        note.setProperty("url", url);
        try {
            java.io.StringWriter text = new java.io.StringWriter();
            note.store(text, "isms-assessor serve holds the database of this folder");
            Files.writeString(folder.resolve(FILE), text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Without the note, another command says only that the database is in use.
        }
    }

    /** Removes the note, if it is this process's. */
    static void remove(Path folder) {
        read(folder).filter(s -> s.pid() == ProcessHandle.current().pid()).ifPresent(s -> {
            try {
                Files.deleteIfExists(folder.resolve(FILE));
            } catch (IOException e) {
                // A stale note is ignored once its process is gone.
            }
        });
    }

    /** The server that left a note in the folder, if its process is still running. */
    static Optional<Server> running(Path folder) {
        return read(folder).filter(s -> ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Optional<Server> read(Path folder) {
        try (Reader reader = new StringReader(Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8))) {
            Properties note = new Properties();
            note.load(reader);
            return Optional.of(new Server(Long.parseLong(note.getProperty("pid", "-1").trim()), note.getProperty("url", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
