package org.ismsassessor.snapshot;

import java.util.List;

/** A processing of personal data and the data protection rules it follows. */
public record ProcessingActivity(
        String id,
        String name,
        String lawfulBasis,
        List<String> legalRequirementIds,
        String protectionMeasures,
        Boolean impactAssessed) {

    public ProcessingActivity {
        legalRequirementIds = Lists.orEmpty(legalRequirementIds);
    }
}
