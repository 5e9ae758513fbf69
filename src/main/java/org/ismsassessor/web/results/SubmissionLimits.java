package org.ismsassessor.web.results;

import org.ismsassessor.snapshot.Limits;

/**
 * What bounds the work of one submission on the server: the gate it waits at, the memory budget its snapshot must
 * fit, and the longest result (its JSON, in bytes) that is stored.
 */
public record SubmissionLimits(AssessmentGate gate, MemoryBudget memory, long maxResultBytes) {
    /** The service's defaults on this JVM, for tests that build the service by hand. */
    public static SubmissionLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        MemoryBudget memory = MemoryBudget.of(0, cores, Runtime.getRuntime().maxMemory());
        return new SubmissionLimits(new AssessmentGate(cores, 64, memory.perAssessmentBytes(), 60, 10), memory,
                64 * Limits.MIB);
    }
}
