package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An information security event or incident and how it was handled. */
public record Incident(
        String id,
        String title,
        Severity severity,
        Boolean significant,
        String detectedBy,
        OffsetDateTime detectedAt,
        OffsetDateTime reportedAt,
        String response,
        String status,
        LocalDate closedOn,
        String lessonsLearned,
        Boolean resolutionEvaluated,
        Boolean legalActionPossible,
        Boolean evidencePreserved,
        String recordId,
        String reportedTo,
        String category,
        // Format 1.2, the 2022 control A.5.26: who is handling the incident while it is open.
        String owner) {
}
