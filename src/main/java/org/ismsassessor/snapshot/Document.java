package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** A controlled document of the ISMS (clause 4.3.2), internal or of external origin. */
public record Document(
        String id,
        String title,
        DocumentType type,
        String version,
        DocumentStatus status,
        String classification,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate issuedOn,
        Integer reviewIntervalMonths,
        LocalDate lastReviewedOn,
        LocalDate lastChangedOn,
        List<Revision> revisions,
        String location,
        List<String> distribution,
        Boolean externalOrigin,
        String source,
        Boolean retained,
        Boolean markedObsolete,
        Boolean published,
        List<String> supportsProcesses,
        List<String> controlIds,
        String format) {

    public Document {
        revisions = Lists.orEmpty(revisions);
        distribution = Lists.orEmpty(distribution);
        controlIds = Lists.orEmpty(controlIds);
        supportsProcesses = Lists.orEmpty(supportsProcesses);
    }

    /** One entry of a document's change history. */
    public record Revision(String version, LocalDate date, String description, String approvedBy) {
    }
}
