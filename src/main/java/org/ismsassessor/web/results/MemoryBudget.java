package org.ismsassessor.web.results;

import java.util.List;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.Limits;
import org.ismsassessor.web.Problem;

/**
 * How much heap one assessment may be expected to need, estimated from its snapshot's size before anything is
 * read, and the budget it must fit in. Measured (docs/reliability.md, Limits): the heap an assessment holds at its
 * peak (parsed snapshot, rule session with its findings, result) stayed under 48 times the snapshot's size in
 * bytes, plus a fixed 32 MiB; the worst case was a snapshot of many accounts with two findings each (26 MB, about
 * 1.1 GB at the peak). A snapshot whose estimate exceeds the budget is refused with 413 before it is read.
 *
 * @param perAssessmentBytes the budget of one assessment
 */
public record MemoryBudget(long perAssessmentBytes) {
    /** Heap per byte of snapshot, at the peak of an assessment. */
    public static final int BYTES_PER_SNAPSHOT_BYTE = 48;
    /** Heap of an assessment whatever its size: session, result, report. */
    public static final long BASE_BYTES = 32 * Limits.MIB;
    /** Heap the service keeps for itself: the rule base, the server, requests that do not assess. */
    public static final long SERVICE_RESERVE_BYTES = 512 * Limits.MIB;
    /** The smallest budget the service accepts (smaller would refuse even the samples). */
    public static final long MINIMUM_BYTES = 64 * Limits.MIB;

    /**
     * The budget: {@code configuredMb} when positive, else the heap the JVM may grow to, less the service's
     * reserve, shared by the assessments that run at once and the snapshots waiting for them (as much as one
     * more assessment).
     */
    public static MemoryBudget of(long configuredMb, int concurrent, long maxHeapBytes) {
        if (configuredMb > 0) {
            return new MemoryBudget(configuredMb * Limits.MIB);
        }
        return new MemoryBudget(Math.max(MINIMUM_BYTES,
                (maxHeapBytes - SERVICE_RESERVE_BYTES) / (Math.max(1, concurrent) + 1)));
    }

    /** The estimated peak heap of assessing a snapshot of this many bytes. */
    public static long estimate(long snapshotBytes) {
        return BASE_BYTES + BYTES_PER_SNAPSHOT_BYTE * snapshotBytes;
    }

    /** The largest snapshot whose estimate fits the budget. */
    public long largestSnapshotBytes() {
        return Math.max(0, (perAssessmentBytes - BASE_BYTES) / BYTES_PER_SNAPSHOT_BYTE);
    }

    /** Refuses (413, before anything is read or stored) a snapshot too large for the budget. */
    public void check(long snapshotBytes) {
        if (snapshotBytes > largestSnapshotBytes()) {
            throw Problem.tooLarge(refusal(snapshotBytes), List.of(new InputError("$", "the snapshot is "
                    + Limits.size(snapshotBytes) + "; this service assesses snapshots up to "
                    + Limits.size(largestSnapshotBytes()))));
        }
    }

    /** What a refusal says: the estimate, the budget and what to change. */
    public String refusal(long snapshotBytes) {
        return "Assessing a snapshot of " + Limits.size(snapshotBytes) + " needs about "
                + Limits.size(estimate(snapshotBytes)) + " of memory, more than the " + Limits.size(perAssessmentBytes)
                + " each assessment may use on this service (assessor.limits.assessment-memory-mb, sized with the heap "
                + "and assessor.limits.concurrent-assessments). Nothing was saved.";
    }
}
