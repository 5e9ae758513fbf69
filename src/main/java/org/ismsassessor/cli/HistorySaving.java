package org.ismsassessor.cli;

import java.io.PrintWriter;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.compare.Assessed;
import org.ismsassessor.compare.ControlStatuses;
import org.ismsassessor.snapshot.Snapshot;
import org.ismsassessor.store.HistoryStore;
import org.ismsassessor.store.StoreException;

/** {@code assess --save}: stores a result in its client's history. */
final class HistorySaving {
    private HistorySaving() {
    }

    /** True when saved; false after reporting why not. */
    static boolean save(AssessmentResult result, Snapshot snapshot, HistoryOptions history, boolean quiet, PrintWriter err) {
        if (result.snapshot().organizationId() == null) {
            err.println("error: cannot save: the snapshot names no organization id ($.organization.id)");
            err.flush();
            return false;
        }
        HistoryStore store = history.open(err);
        if (store == null) {
            return false;
        }
        try (store) {
            store.save(new Assessed(result, ControlStatuses.declaredIn(snapshot)));
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return false;
        }
        if (!quiet) {
            err.println("saved the assessment of " + result.snapshot().organizationId() + " on " + result.assessmentDate()
                    + " in " + history.folder());
            err.flush();
        }
        return true;
    }
}
