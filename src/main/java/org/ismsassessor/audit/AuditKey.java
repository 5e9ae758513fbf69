package org.ismsassessor.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key of the audit trail's HMAC. It lives outside the database, so that whoever can write the database cannot
 * forge a consistent chain: the environment variable {@value #VARIABLE}, or, for the embedded database only, a
 * random key the service creates once in the data folder ({@value #FILE}, readable only by its owner where the
 * file system allows). Next to an external database that file would sit on the application host, but a
 * deployment of several instances could not share it, so an external database needs the variable.
 */
public final class AuditKey {
    public static final String VARIABLE = "ASSESSOR_AUDIT_KEY";
    public static final String FILE = "audit.key";
    /** At least 256 bits when the text is random base64 or hex. */
    public static final int MIN_LENGTH = 32;

    /** The key, where it came from, and whether it was created now (the service then warns). */
    public record Loaded(AuditKey key, String source, boolean created) {
    }

    /** A key that cannot be had: the message says why and what to do. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    private final byte[] bytes;

    private AuditKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** A key from its text (the variable's value or the file's content, surrounding white space ignored). */
    public static AuditKey of(String text, String source) {
        String key = text == null ? "" : text.strip();
        if (key.length() < MIN_LENGTH) {
            throw new Unavailable("the audit key in " + source + " is too short: at least " + MIN_LENGTH
                    + " characters, e.g. the output of 'openssl rand -base64 48'");
        }
        return new AuditKey(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The service's key: the variable's value when set; otherwise, with the embedded database, the data folder's
     * key file, created when missing; with an external database and no variable, refused.
     */
    public static Loaded forService(String variable, Path dataFolder, boolean externalDatabase) {
        if (variable != null && !variable.isBlank()) {
            return new Loaded(of(variable, "$" + VARIABLE), "$" + VARIABLE, false);
        }
        if (externalDatabase) {
            throw new Unavailable("set " + VARIABLE + " (at least " + MIN_LENGTH + " random characters, e.g. "
                    + "'openssl rand -base64 48'): with an external database (--db-url) the audit trail's key must come "
                    + "from the environment, not from a file next to the data");
        }
        Path file = dataFolder.resolve(FILE).toAbsolutePath();
        if (Files.exists(file)) {
            return new Loaded(read(file), file.toString(), false);
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String text = Base64.getEncoder().encodeToString(random);
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            // Another instance on the same folder created it at the same moment: use theirs.
            return new Loaded(read(file), file.toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit key " + file, e);
        }
        return new Loaded(of(text, file.toString()), file.toString(), true);
    }

    /**
     * The key to verify with: the variable's value when set, else the data folder's key file (never created here);
     * dataFolder is null for an external database.
     */
    public static AuditKey forVerification(String variable, Path dataFolder) {
        if (variable != null && !variable.isBlank()) {
            return of(variable, "$" + VARIABLE);
        }
        if (dataFolder == null) {
            throw new Unavailable("set " + VARIABLE + " to the key the service uses: an external database's audit trail "
                    + "is keyed from the environment");
        }
        Path file = dataFolder.resolve(FILE).toAbsolutePath();
        if (!Files.exists(file)) {
            throw new Unavailable("no audit key: " + VARIABLE + " is not set and " + file + " does not exist");
        }
        return read(file);
    }

    private static AuditKey read(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new Unavailable("cannot read the audit key " + file + ": " + e.getMessage());
        }
    }
}
