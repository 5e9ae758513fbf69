package org.ismsassessor.audit;

import java.time.Instant;

/** One entry of the audit trail as stored: its place in the chain, when (UTC), the event, and the chain's hashes. */
public record AuditEntry(long sequence, Instant at, String actor, String action, String client, String target,
        String outcome, String address, String previousHash, String hash) {
}
