package org.ismsassessor.audit;

/** What checking the chain found: every entry intact, or the first one that is not and why. */
public sealed interface Verification {
    /** Every entry's hash matches and follows the one before; {@code entries} were checked. */
    record Intact(long entries) implements Verification {
    }

    /** The first entry (by sequence number) that does not check, and why in words. */
    record Broken(long sequence, String reason) implements Verification {
    }
}
