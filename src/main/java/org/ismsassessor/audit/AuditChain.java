package org.ismsassessor.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit trail as a hash chain (tables {@code audit_entry} and {@code audit_chain_head}, migration V5). Each
 * entry's hash is HMAC-SHA256(key, previous hash + the entry's canonical fields), so a changed entry no longer
 * matches its hash, a deleted one leaves a gap in the sequence numbers, and an inserted one cannot carry a valid
 * hash without the key. Appending locks the one row of {@code audit_chain_head} ({@code SELECT ... FOR UPDATE}) in
 * the transaction of the insert, so that several instances on one database append one after the other.
 */
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS = "seq, logged_at, actor, action, client_id, target, outcome, client_address, "
            + "previous_hash, hash";

    private final AuditKey key;

    public AuditChain(AuditKey key) {
        this.key = key;
    }

    /**
     * Appends an event at a time (kept to the millisecond, UTC) in its own transaction on this connection, which
     * is left in its former auto-commit mode; on failure nothing is appended.
     */
    public AuditEntry append(Connection connection, AuditEvent event, Instant time) throws SQLException {
        Instant at = time.truncatedTo(ChronoUnit.MILLIS);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long last;
            String previous;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                    ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("the audit trail has no chain head (table audit_chain_head is empty)");
                }
                last = row.getLong(1);
                previous = row.getString(2);
            }
            AuditEntry entry = sealed(last + 1, at, event, previous);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, entry.sequence());
                insert.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(3, entry.actor());
                insert.setString(4, entry.action());
                insert.setString(5, entry.client());
                insert.setString(6, entry.target());
                insert.setString(7, entry.outcome());
                insert.setString(8, entry.address());
                insert.setString(9, entry.previousHash());
                insert.setString(10, entry.hash());
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                update.setLong(1, entry.sequence());
                update.setString(2, entry.hash());
                update.executeUpdate();
            }
            connection.commit();
            return entry;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The entry with its hash, following the previous hash. */
    AuditEntry sealed(long sequence, Instant at, AuditEvent event, String previousHash) {
        AuditEntry unsealed = new AuditEntry(sequence, at, event.actor(), event.action(), event.client(),
                event.target(), event.outcome(), event.address(), previousHash, null);
        return new AuditEntry(sequence, at, event.actor(), event.action(), event.client(), event.target(),
                event.outcome(), event.address(), previousHash, hash(unsealed));
    }

    /** The entry's HMAC over its previous hash and fields, in lower-case hex. */
    String hash(AuditEntry entry) {
        StringBuilder canonical = new StringBuilder("isms-assessor audit v1\n");
        canonical.append(entry.previousHash()).append('\n');
        for (String field : new String[] {Long.toString(entry.sequence()), entry.at().toString(), entry.actor(),
            entry.action(), entry.client(), entry.target(), entry.outcome(), entry.address()}) {
            // Each field with its length, so that no two different entries read the same.
            canonical.append(field == null ? "-" : field.length() + ":" + field).append('\n');
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /**
     * Checks the whole chain in order: sequence numbers without gaps from 1, each entry following the previous
     * one's hash and matching its own, the last one being the chain's head.
     */
    public Verification verify(Connection connection) throws SQLException {
        long expected = 1;
        String previous = GENESIS;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    AuditEntry entry = read(rows);
                    if (entry.sequence() != expected) {
                        return new Verification.Broken(expected, "entry " + expected + " is missing (deleted): the "
                                + "sequence goes from " + (expected - 1) + " to " + entry.sequence());
                    }
                    if (!MessageDigest.isEqual(bytes(hash(entry)), bytes(entry.hash()))) {
                        return new Verification.Broken(expected, "entry " + expected + " does not match its hash: it "
                                + "was changed, or inserted without the key");
                    }
                    if (!previous.equals(entry.previousHash())) {
                        return new Verification.Broken(expected, "entry " + expected + " does not follow entry "
                                + (expected - 1) + ": its previous hash is not that entry's hash");
                    }
                    previous = entry.hash();
                    expected++;
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
                ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                return new Verification.Broken(expected, "the chain's head (table audit_chain_head) is missing");
            }
            long last = row.getLong(1);
            if (last >= expected) {
                return new Verification.Broken(expected, (last == expected ? "entry " + expected + " is" : "entries "
                        + expected + " to " + last + " are") + " missing (deleted): the chain's head says the last entry is "
                        + last);
            }
            if (last != expected - 1 || !previous.equals(row.getString(2))) {
                return new Verification.Broken(last + 1, "the chain's head (entry " + last + ") is not the last entry ("
                        + (expected - 1) + ") or does not carry its hash");
            }
        }
        return new Verification.Intact(expected - 1);
    }

    /** An entry from a row of {@code SELECT COLUMNS}. */
    public static AuditEntry read(ResultSet rows) throws SQLException {
        LocalDateTime at = rows.getObject(2, LocalDateTime.class);
        return new AuditEntry(rows.getLong(1), at.toInstant(ZoneOffset.UTC), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getString(10));
    }

    /** The columns {@link #read(ResultSet)} reads, in order. */
    public static String columns() {
        return COLUMNS;
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
