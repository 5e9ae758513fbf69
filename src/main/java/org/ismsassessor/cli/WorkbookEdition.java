package org.ismsassessor.cli;

import java.nio.file.Path;
import org.ismsassessor.catalogue.Edition;

/**
 * The ISMS workbook (template, export, workbook import) is laid out for ISO/IEC 27001:2005 snapshots: its SoA sheet
 * lists the 2005 controls and its import checks against the 2005 catalogue. A 2022 snapshot is refused in one line
 * rather than half-written or answered with every 2022 control the 2005 catalogue does not know.
 */
final class WorkbookEdition {
    private WorkbookEdition() {
    }

    /** Refuses a snapshot file naming an edition other than the workbook's. */
    static void refuseOtherEdition(Path snapshot, LimitOptions limits) {
        Edition edition = Engine.editionOf(snapshot, limits);
        if (edition != Edition.ISO27001_2005) {
            throw new Refusal(snapshot + " is a snapshot of " + edition.id() + ": the ISMS workbook holds "
                    + Edition.ISO27001_2005.id() + " snapshots only in this version; keep a " + edition.id()
                    + " snapshot as JSON");
        }
    }
}
