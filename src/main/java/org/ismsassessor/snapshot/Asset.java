package org.ismsassessor.snapshot;

import java.time.LocalDate;

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
        String siteId) {
}
