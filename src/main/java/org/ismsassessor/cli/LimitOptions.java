package org.ismsassessor.cli;

import java.time.Duration;
import org.ismsassessor.snapshot.Limits;
import picocli.CommandLine.Option;

/** The input limits of the commands that read snapshots: what a hostile or runaway input may cost at most. */
final class LimitOptions {
    @Option(names = "--max-snapshot-mb", defaultValue = "256", paramLabel = "MB",
            description = "refuse a snapshot larger than this many MiB, before reading it (default: ${DEFAULT-VALUE})")
    long maxSnapshotMb = 256;

    @Option(names = "--max-facts", defaultValue = "2000000", paramLabel = "N",
            description = "refuse a snapshot with more array items (facts) than this (default: ${DEFAULT-VALUE})")
    int maxFacts = 2_000_000;

    @Option(names = "--time-limit", defaultValue = "600", paramLabel = "SECONDS",
            description = "stop an assessment whose rules run longer than this (0: no limit; default: ${DEFAULT-VALUE})")
    long timeLimitSeconds = 600;

    Limits limits() {
        return Limits.defaults().withMaxBytes(Math.max(1, maxSnapshotMb) * Limits.MIB).withMaxFacts(Math.max(1, maxFacts));
    }

    Duration timeLimit() {
        return timeLimitSeconds <= 0 ? null : Duration.ofSeconds(timeLimitSeconds);
    }
}
