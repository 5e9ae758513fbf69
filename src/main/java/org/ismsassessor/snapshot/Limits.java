package org.ismsassessor.snapshot;

import java.util.Locale;

/**
 * How much input the loader accepts, so that a hostile or broken snapshot is refused with a clear error in
 * bounded time and memory instead of exhausting the machine. The defaults take the largest realistic snapshot
 * (about a million facts, 160 MB) with room to spare.
 *
 * @param maxBytes        the largest snapshot, in bytes (a file, a request body)
 * @param maxStringLength the longest JSON string (a name, a description), in characters
 * @param maxNestingDepth the deepest nesting of objects and arrays (a valid snapshot needs fewer than 10)
 * @param maxFacts        the most array items in the whole snapshot (assets, people, accounts, ...)
 */
public record Limits(long maxBytes, int maxStringLength, int maxNestingDepth, int maxFacts) {
    public static final long MIB = 1024L * 1024L;

    public Limits {
        if (maxBytes < 1 || maxStringLength < 1 || maxNestingDepth < 1 || maxFacts < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static Limits defaults() {
        return new Limits(256 * MIB, 1_000_000, 64, 2_000_000);
    }

    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxStringLength, maxNestingDepth, maxFacts);
    }

    public Limits withMaxFacts(int facts) {
        return new Limits(maxBytes, maxStringLength, maxNestingDepth, facts);
    }

    /** A size for people: 256 MiB, 12.5 KiB, 800 bytes. */
    public static String size(long bytes) {
        if (bytes >= MIB) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB).replace(".0 ", " ");
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0).replace(".0 ", " ");
        }
        return bytes + " bytes";
    }
}
