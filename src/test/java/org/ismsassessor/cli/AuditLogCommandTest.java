package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.ismsassessor.audit.AuditChain;
import org.ismsassessor.audit.AuditEvent;
import org.ismsassessor.audit.AuditKey;
import org.ismsassessor.store.HistoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit-log verify} on an embedded database holding a chain of five entries: intact, then with a row changed,
 * deleted or inserted, each found and named; and its usage errors.
 */
class AuditLogCommandTest {
    @TempDir
    Path folder;

    @Test
    void anIntactChainChecksWithItsCount() throws SQLException {
        chainOfFive();
        CommandRun run = verify();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("audit trail of the embedded database in " + folder.toAbsolutePath()
                + " checks: 5 entries" + System.lineSeparator());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aChangedEntryIsNamed() throws SQLException {
        chainOfFive();
        execute("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 3");
        assertBroken("from entry 3: entry 3 does not match its hash: it was changed, or inserted without the key");
    }

    @Test
    void aDeletedEntryIsAGapInTheSequence() throws SQLException {
        chainOfFive();
        execute("DELETE FROM audit_entry WHERE seq = 2");
        assertBroken("from entry 2: entry 2 is missing (deleted): the sequence goes from 1 to 3");
    }

    @Test
    void theLastEntryDeletedIsMissingFromTheHead() throws SQLException {
        chainOfFive();
        execute("DELETE FROM audit_entry WHERE seq = 5");
        assertBroken("from entry 5: entry 5 is missing (deleted): the chain's head says the last entry is 5");
    }

    @Test
    void anInsertedEntryCannotCarryAValidHash() throws SQLException {
        chainOfFive();
        // In the middle: the later entries moved up one place, the new one following entry 3.
        execute("UPDATE audit_entry SET seq = seq + 10 WHERE seq > 3");
        execute("UPDATE audit_entry SET seq = seq - 9 WHERE seq > 10");
        execute("INSERT INTO audit_entry (seq, logged_at, actor, action, client_id, target, outcome, client_address, "
                + "previous_hash, hash) SELECT 4, logged_at, 'mallory', 'grant', 'ORG-X', '/api/v1/users/mallory/clients/ORG-X',"
                + " 'success (200)', '10.0.0.9', hash, '" + "ab".repeat(32) + "' FROM audit_entry WHERE seq = 3");
        assertBroken("from entry 4: entry 4 does not match its hash: it was changed, or inserted without the key");
    }

    @Test
    void anotherKeyMatchesNoEntry() throws Exception {
        chainOfFive();
        Files.writeString(folder.resolve(AuditKey.FILE), "another-key-that-is-long-enough-for-hmac-sha256");
        assertBroken("from entry 1: entry 1 does not match its hash: it was changed, or inserted without the key");
    }

    @Test
    void badUsageIsExitCodeTwoInOneLine() throws Exception {
        CommandRun noDatabase = verify();
        assertThat(noDatabase.exitCode()).isEqualTo(2);
        assertThat(noDatabase.err()).startsWith("error: no audit key: ASSESSOR_AUDIT_KEY is not set and "
                + folder.toAbsolutePath().resolve(AuditKey.FILE) + " does not exist");
        AuditKey.forService(null, folder, false);
        assertThat(verify().err()).isEqualTo("error: no database in " + folder.toAbsolutePath()
                + " (the service's data folder; give it with --data-dir DIR)" + System.lineSeparator());
        CommandRun both = CommandRun.of("audit-log", "verify", "--data-dir", folder.toString(), "--db-url", "jdbc:x");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("error: give --data-dir or --db-url, not both" + System.lineSeparator());
        CommandRun nothing = CommandRun.of("audit-log");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("error: say what to do with the audit log: verify");
        assertThat(CommandRun.of("audit-log", "verify", "--no-such-option").exitCode()).isEqualTo(2);
    }

    @Test
    void serveRefusesAnExternalDatabaseWithoutTheKey() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(AuditKey.VARIABLE) == null);
        CommandRun serve = CommandRun.of("serve", "--db-url", "jdbc:postgresql://127.0.0.1:1/assessor", "--port", "1");
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).isEqualTo("error: the server cannot start: set ASSESSOR_AUDIT_KEY (at least 32 random "
                + "characters, e.g. 'openssl rand -base64 48'): with --db-url the audit trail's key must come from the "
                + "environment, not from a file next to the data" + System.lineSeparator());
    }

    private void assertBroken(String reason) {
        CommandRun run = verify();
        assertThat(run.out()).isEqualTo("audit trail of the embedded database in " + folder.toAbsolutePath()
                + " does not check " + reason + System.lineSeparator());
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private CommandRun verify() {
        return CommandRun.of("audit-log", "verify", "--data-dir", folder.toString());
    }

    /** The service's schema, its key file, and five entries a second apart. */
    private void chainOfFive() throws SQLException {
        HistoryStore.open(folder).close();
        AuditChain chain = new AuditChain(AuditKey.forService(null, folder, false).key());
        try (Connection connection = connect()) {
            for (int i = 1; i <= 5; i++) {
                chain.append(connection, new AuditEvent("carol", "read", "ORG-BP", "/api/v1/results/r" + i,
                        "success (200)", "127.0.0.1"), Instant.parse("2026-12-01T09:00:00Z").plusSeconds(i));
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(HistoryStore.embeddedUrl(folder), "sa", "");
    }
}
