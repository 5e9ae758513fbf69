package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** An external party: supplier, contractor or partner. */
public record Supplier(
        String id,
        String name,
        String services,
        Boolean accessesInformation,
        Boolean accessesFacilities,
        Boolean providesService,
        Integer reviewIntervalMonths,
        @MayBeNever LocalDate lastServiceReviewOn,
        List<String> assetIds,
        String personalDataRole,
        List<String> dataCategories,
        Boolean ismsProcess,
        // Format 1.2, the 2022 controls A.5.23 and A.8.10 (see docs/snapshot-format.md).
        Boolean cloudService,
        String cloudServiceOwner,
        Boolean exitPlan,
        LocalDate serviceEndedOn,
        LocalDate deletionConfirmedOn) {

    public Supplier {
        assetIds = Lists.orEmpty(assetIds);
        dataCategories = Lists.orEmpty(dataCategories);
    }

    /** True when the supplier processes personal data on the organization's behalf (processor or sub-processor). */
    public boolean processor() {
        return "processor".equals(personalDataRole) || "sub-processor".equals(personalDataRole);
    }
}
