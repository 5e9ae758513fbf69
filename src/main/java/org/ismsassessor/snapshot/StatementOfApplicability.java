package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** The Statement of Applicability: one entry per Annex A control. */
public record StatementOfApplicability(
        String id,
        String documentId,
        String approvedBy,
        LocalDate approvedOn,
        List<SoaEntry> entries) {

    public StatementOfApplicability {
        entries = Lists.orEmpty(entries);
    }
}
