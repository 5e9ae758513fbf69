package org.ismsassessor.engine;

/**
 * One id named by a list of an entity: {@code list} (e.g. {@code "risks.assetIds"}) of entity {@code ownerId} holds
 * {@code id}. A rule asking whether any entity's list names an id ({@code not Risk( assetIds contains $assetId )})
 * cannot be indexed: the engine would test every risk for every asset, a cross product that is invisible at 50 facts
 * and the costliest join at 100,000 (docs/performance.md). Matching {@code Listed( list == "risks.assetIds", id ==
 * $assetId )} instead is a hash lookup. {@link Facts} inserts one per id of the lists in {@link #LISTS}.
 */
public record Listed(String list, String ownerId, String id) {
    /** The lists that rules look up by the ids they hold. */
    static final String RISK_ASSETS = "risks.assetIds";
    static final String PLAN_RISKS = "treatmentPlan.riskIds";
    static final String PLAN_SOURCES = "treatmentPlan.sourceIds";
    static final String ACTIVITY_SUBJECTS = "activities.subjectIds";
    static final String SUPPLIER_ASSETS = "suppliers.assetIds";
    static final String ACTION_RISKS = "actions.riskIds";
    static final String PROCESS_ASSETS = "businessProcesses.assetIds";
    static final String EXCLUDED_SITES = "scope.exclusions.siteIds";
    static final String EXCLUDED_ASSETS = "scope.exclusions.assetIds";
    static final String EXCLUDED_PROCESSES = "scope.exclusions.processIds";
    static final java.util.List<String> LISTS = java.util.List.of(RISK_ASSETS, PLAN_RISKS, PLAN_SOURCES, ACTIVITY_SUBJECTS,
            SUPPLIER_ASSETS, ACTION_RISKS, PROCESS_ASSETS, EXCLUDED_SITES, EXCLUDED_ASSETS, EXCLUDED_PROCESSES);
}
