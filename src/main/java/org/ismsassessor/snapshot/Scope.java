package org.ismsassessor.snapshot;

import java.util.List;

/** The ISMS scope statement, what it covers and what it leaves out. */
public record Scope(
        String id,
        String documentId,
        String statement,
        String business,
        String organizationalUnits,
        List<String> locations,
        String assets,
        String technology,
        List<Exclusion> exclusions,
        Boolean considersIssues,
        Boolean considersRequirements) {

    public Scope {
        locations = Lists.orEmpty(locations);
        exclusions = Lists.orEmpty(exclusions);
    }

    /** The aspects of the ISMS a scope must describe that this one leaves blank, in a fixed order. */
    public java.util.List<String> missingAspects() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (blank(business)) {
            missing.add("business");
        }
        if (blank(organizationalUnits)) {
            missing.add("organizationalUnits");
        }
        if (locations.isEmpty()) {
            missing.add("locations");
        }
        if (blank(assets)) {
            missing.add("assets");
        }
        if (blank(technology)) {
            missing.add("technology");
        }
        return java.util.List.copyOf(missing);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Something left out of the scope, with the reason why. */
    public record Exclusion(String id, String description, String justification, List<String> siteIds,
            List<String> assetIds, List<String> processIds) {
        public Exclusion {
            siteIds = Lists.orEmpty(siteIds);
            assetIds = Lists.orEmpty(assetIds);
            processIds = Lists.orEmpty(processIds);
        }
    }
}
