package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** The back-up of one asset and the last test that restored it. */
public record Backup(
        String id,
        String assetId,
        String frequency,
        @MayBeNever LocalDate lastBackupOn,
        @MayBeNever LocalDate lastRestoreTestOn,
        Boolean restoreTestSucceeded) {
}
