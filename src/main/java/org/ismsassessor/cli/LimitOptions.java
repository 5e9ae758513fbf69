package org.ismsassessor.cli;

import java.time.Duration;
import org.ismsassessor.snapshot.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The input limits of the commands that read snapshots: what a hostile or runaway input may cost at most. A value out
 * of range is refused (exit code 2), never clamped.
 */
final class LimitOptions {
    /** The largest --max-snapshot-mb: 1 TiB, far beyond any heap, and no overflow when counted in bytes. */
    static final long MAX_SNAPSHOT_MB = 1L << 20;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    long maxSnapshotMb = 256;
    int maxFacts = 2_000_000;
    long timeLimitSeconds = 600;

    @Option(names = "--max-snapshot-mb", defaultValue = "256", paramLabel = "MB",
            description = "refuse a snapshot larger than this many MiB, before reading it (1 to 1048576; default: ${DEFAULT-VALUE})")
    void maxSnapshotMb(long mb) {
        maxSnapshotMb = Ranges.check(spec, "--max-snapshot-mb", mb, 1, MAX_SNAPSHOT_MB);
    }

    @Option(names = "--max-facts", defaultValue = "2000000", paramLabel = "N",
            description = "refuse a snapshot with more array items (facts) than this (1 or more; default: ${DEFAULT-VALUE})")
    void maxFacts(int facts) {
        maxFacts = (int) Ranges.check(spec, "--max-facts", facts, 1, Integer.MAX_VALUE);
    }

    @Option(names = "--time-limit", defaultValue = "600", paramLabel = "SECONDS",
            description = "stop an assessment whose rules run longer than this (0: no limit; default: ${DEFAULT-VALUE})")
    void timeLimitSeconds(long seconds) {
        timeLimitSeconds = Ranges.check(spec, "--time-limit", seconds, 0, Long.MAX_VALUE / 1000);
    }

    Limits limits() {
        return Limits.defaults().withMaxBytes(maxSnapshotMb * Limits.MIB).withMaxFacts(maxFacts);
    }

    Duration timeLimit() {
        return timeLimitSeconds == 0 ? null : Duration.ofSeconds(timeLimitSeconds);
    }
}
