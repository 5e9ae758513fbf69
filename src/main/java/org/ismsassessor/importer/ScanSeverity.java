package org.ismsassessor.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ismsassessor.snapshot.Severity;

/**
 * The severity table: each scanner's words mapped to the snapshot's severities. {@code Negligible} (Grype) is low;
 * {@code UNKNOWN}/{@code Unknown} (Trivy, Grype) is imported without a severity, listed for a person to rate;
 * {@code Log} (Greenbone) and {@code None} (Nessus) are findings for information, not vulnerabilities, and are not
 * imported (listed as well).
 */
final class ScanSeverity {
    /** What a scanner's severity becomes: a severity, none (imported unrated), or not imported. */
    enum Outcome { RATED, UNRATED, INFORMATIONAL }

    private static final Map<String, Severity> RATED = Map.of(
            "critical", Severity.CRITICAL,
            "high", Severity.HIGH,
            "medium", Severity.MEDIUM,
            "moderate", Severity.MEDIUM,
            "low", Severity.LOW,
            "negligible", Severity.LOW);

    private ScanSeverity() {
    }

    static Optional<Severity> of(String reported) {
        return Optional.ofNullable(RATED.get(reported.strip().toLowerCase(Locale.ROOT)));
    }

    static Outcome outcome(String reported) {
        String word = reported.strip().toLowerCase(Locale.ROOT);
        if (RATED.containsKey(word)) {
            return Outcome.RATED;
        }
        if (word.equals("unknown")) {
            return Outcome.UNRATED;
        }
        if (word.equals("log") || word.equals("none") || word.equals("info") || word.equals("informational")) {
            return Outcome.INFORMATIONAL;
        }
        return null;
    }

    /**
     * True when a vulnerability of this severity is imported (rated, or of unknown severity); an informational one is
     * noted and skipped, a word not in the table is an error at its place.
     */
    static boolean rated(String reported, String place, SnapshotMerge merge) {
        Outcome outcome = outcome(reported);
        if (outcome == null) {
            merge.error(place, "'" + reported + "': " + EXPECTED);
            return false;
        }
        if (outcome == Outcome.INFORMATIONAL) {
            merge.note(place, "severity " + reported + ": information, not a vulnerability; not imported");
            return false;
        }
        return true;
    }

    static final String EXPECTED = "expected Critical, High, Medium, Low, Negligible, Unknown, Log or None";
}
