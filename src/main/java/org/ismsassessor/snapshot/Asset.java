package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An asset of the inventory (or found elsewhere but not yet inventoried). */
public record Asset(
        String id,
        String name,
        AssetType type,
        String owner,
        String classification,
        Boolean inScope,
        Boolean inInventory,
        Boolean critical,
        String environment,
        Boolean backupRequired,
        Boolean malwareProtection,
        Boolean loggingEnabled,
        Boolean logsProtected,
        Boolean clockSynchronized,
        String assignedTo,
        LocalDate returnedOn,
        String siteId,
        // Format 1.2, the 2022 controls A.8.9, A.8.10, A.8.12, A.8.16 and A.8.23 (see docs/snapshot-format.md).
        String configurationBaseline,
        String configurationDeviation,
        String configurationChangeId,
        LocalDate retainUntil,
        LocalDate disposedOn,
        LocalDate deletedOn,
        List<String> leakagePrevention,
        Boolean monitored,
        Boolean webFiltering) {

    /** Classifications that do not call for leakage prevention; any other stated classification does. */
    private static final Set<String> NOT_CONFIDENTIAL = Set.of("public", "internal");

    /** True when the asset holds information classified above internal use (format 1.2, A.8.12). */
    public boolean confidential() {
        return classification != null && !NOT_CONFIDENTIAL.contains(classification.strip().toLowerCase(Locale.ROOT));
    }

    /** Servers, network devices and endpoints: what runs on a configuration that can drift from a baseline (A.8.9). */
    public boolean configurable() {
        return type == AssetType.SERVER || type == AssetType.NETWORK_DEVICE || type == AssetType.ENDPOINT;
    }
}
