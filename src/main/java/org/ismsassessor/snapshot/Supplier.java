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
        List<String> assetIds) {

    public Supplier {
        assetIds = Lists.orEmpty(assetIds);
    }
}
