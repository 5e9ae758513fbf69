package org.ismsassessor.snapshot;

import java.util.List;

/** The SoA's decision about one Annex A control. */
public record SoaEntry(
        String control,
        Boolean applicable,
        String reason,
        String justification,
        ImplementationStatus status,
        String owner,
        String effectivenessMeasure,
        List<String> riskIds,
        List<String> requirementIds) {

    public SoaEntry {
        riskIds = Lists.orEmpty(riskIds);
        requirementIds = Lists.orEmpty(requirementIds);
    }
}
