package org.ismsassessor.web.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first start of an empty database creates the admin account: its password is {@code assessor.admin.password}
 * (e.g. the environment variable ASSESSOR_ADMIN_PASSWORD) when given, otherwise a random one written to a file
 * readable only by its owner in the data folder. The password never goes to the log.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
    static final String PASSWORD_FILE = "initial-admin-password";

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;
    private final Path dataFolder;

    AdminBootstrap(AccountStore accounts, PasswordEncoder encoder,
            @Value("${assessor.admin.username:admin}") String username,
            @Value("${assessor.admin.password:}") String password,
            @Value("${assessor.data-folder:}") String dataFolder) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
        this.dataFolder = dataFolder.isBlank() ? null : Path.of(dataFolder);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String chosen = password;
        if (chosen.isBlank()) {
            // Several instances starting on an empty database should be given the password instead.
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            chosen = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path file = writePasswordFile(chosen);
            System.out.println("Created the admin account '" + username + "'; its password is in " + file
                    + " (readable only by you): sign in and change it on the Account page (/account).");
        } else {
            System.out.println("Created the admin account '" + username + "' with the password given in the configuration.");
        }
        try {
            accounts.create(username, encoder.encode(chosen), Role.ADMIN);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Another instance on the same database created it at the same moment: theirs stands.
            System.out.println("The admin account was created by another instance meanwhile.");
        }
    }

    private Path writePasswordFile(String chosen) {
        Path folder = dataFolder == null ? Path.of(".") : dataFolder;
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, chosen + System.lineSeparator());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial admin password to " + file, e);
        }
    }
}
