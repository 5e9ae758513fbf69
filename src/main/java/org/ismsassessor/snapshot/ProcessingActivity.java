package org.ismsassessor.snapshot;

import java.util.List;

/** A processing of personal data and the data protection rules it follows. */
public record ProcessingActivity(
        String id,
        String name,
        String lawfulBasis,
        List<String> legalRequirementIds,
        String protectionMeasures,
        Boolean impactAssessed,
        // Format 1.2, the 2022 control A.8.11 (see docs/snapshot-format.md).
        String testData,
        String testDataExceptionApprovedBy) {

    public ProcessingActivity {
        legalRequirementIds = Lists.orEmpty(legalRequirementIds);
    }
}
