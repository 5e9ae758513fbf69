package org.ismsassessor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the audit key comes from, and that the chain's hash depends on it and on every field. */
class AuditKeyTest {
    @TempDir
    Path folder;

    @Test
    void theEmbeddedDatabaseGetsAKeyFileOnceReadableOnlyByItsOwner() throws Exception {
        AuditKey.Loaded first = AuditKey.forService(null, folder, false);
        Path file = folder.resolve(AuditKey.FILE).toAbsolutePath();
        assertThat(first.created()).isTrue();
        assertThat(first.source()).isEqualTo(file.toString());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        AuditKey.Loaded again = AuditKey.forService("", folder, false);
        assertThat(again.created()).isFalse();
        assertThat(hash(again.key())).isEqualTo(hash(first.key()));
        assertThat(hash(AuditKey.forVerification(null, folder))).isEqualTo(hash(first.key()));
    }

    @Test
    void theVariableWinsAndAnExternalDatabaseNeedsIt() {
        String variable = "a-key-from-the-environment-of-40-chars!!";
        AuditKey.Loaded given = AuditKey.forService(variable, folder, true);
        assertThat(given.source()).isEqualTo("$ASSESSOR_AUDIT_KEY");
        assertThat(Files.exists(folder.resolve(AuditKey.FILE))).isFalse();
        assertThat(hash(given.key())).isNotEqualTo(hash(AuditKey.forService(null, folder, false).key()));
        assertThatThrownBy(() -> AuditKey.forService(null, folder, true)).isInstanceOf(AuditKey.Unavailable.class)
                .hasMessage("set ASSESSOR_AUDIT_KEY (at least 32 random characters, e.g. 'openssl rand -base64 48'): "
                        + "with an external database (--db-url) the audit trail's key must come from the environment, "
                        + "not from a file next to the data");
        assertThatThrownBy(() -> AuditKey.forService("too-short", folder, false)).isInstanceOf(AuditKey.Unavailable.class)
                .hasMessage("the audit key in $ASSESSOR_AUDIT_KEY is too short: at least 32 characters, e.g. the output of "
                        + "'openssl rand -base64 48'");
        assertThatThrownBy(() -> AuditKey.forVerification(null, null)).isInstanceOf(AuditKey.Unavailable.class)
                .hasMessageStartingWith("set ASSESSOR_AUDIT_KEY to the key the service uses");
    }

    @Test
    void everyFieldAndThePreviousHashCountInTheHash() {
        AuditChain chain = new AuditChain(AuditKey.of("k".repeat(32), "test"));
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        AuditEvent event = new AuditEvent("carol", "read", "ORG-BP", "/api/v1/results/r1", "success (200)", "10.0.0.1");
        String hash = chain.sealed(1, at, event, AuditChain.GENESIS).hash();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(chain.sealed(1, at, event, AuditChain.GENESIS).hash()).isEqualTo(hash);
        assertThat(java.util.List.of(
                chain.sealed(2, at, event, AuditChain.GENESIS).hash(),
                chain.sealed(1, at.plusMillis(1), event, AuditChain.GENESIS).hash(),
                chain.sealed(1, at, new AuditEvent("caro", "read", "ORG-BP", "/api/v1/results/r1", "success (200)", "10.0.0.1"),
                        AuditChain.GENESIS).hash(),
                chain.sealed(1, at, new AuditEvent("carol", "read", null, "/api/v1/results/r1", "success (200)", "10.0.0.1"),
                        AuditChain.GENESIS).hash(),
                chain.sealed(1, at, new AuditEvent("carol", "read", "ORG-BP", "/api/v1/results/r1", "success (200)", null),
                        AuditChain.GENESIS).hash(),
                chain.sealed(1, at, event, "1".repeat(64)).hash()))
                .doesNotContain(hash).doesNotHaveDuplicates();
        assertThat(new AuditEvent(null, "failed sign-in", null, "sign-in form", "refused: unknown user", null).actor())
                .isEqualTo("anonymous");
    }

    private static String hash(AuditKey key) {
        return new AuditChain(key).sealed(1, Instant.EPOCH, new AuditEvent("a", "read", null, "/", "success (200)", null),
                AuditChain.GENESIS).hash();
    }
}
