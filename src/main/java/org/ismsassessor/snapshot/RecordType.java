package org.ismsassessor.snapshot;

import java.util.List;

/** A kind of record the ISMS keeps as evidence (clause 4.3.3), with how it is kept and disposed of. */
public record RecordType(
        String id,
        String name,
        String evidenceOf,
        Integer retentionMonths,
        List<String> legalRequirementIds,
        String disposalMethod,
        String location,
        String identification,
        String protection,
        Boolean important) {

    public RecordType {
        legalRequirementIds = Lists.orEmpty(legalRequirementIds);
    }
}
