package org.ismsassessor.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.finding.Finding;

/**
 * Keeps tracked items in step with a new assessment: an item still to do whose finding is no longer raised is closed
 * (done), and one done or verified whose finding is raised again is reopened, each with a note saying so and when.
 */
public final class Reconciliation {
    private Reconciliation() {
    }

    /** One item that changes, and what it becomes. */
    public record Change(String key, TrackingUpdate update) {
    }

    /** The items that change; the others are left as they are. */
    public static List<Change> changes(List<TrackedAction> tracked, AssessmentResult result) {
        Set<String> raised = result.findings().stream().map(Finding::id).collect(Collectors.toSet());
        List<Change> changed = new ArrayList<>();
        for (TrackedAction t : tracked) {
            boolean isRaised = raised.contains(t.key());
            if (!isRaised && t.status().isPending()) {
                changed.add(new Change(t.key(), new TrackingUpdate(t.assignee(), t.dueDate(), ActionStatus.DONE,
                        note(t.notes(), "finding no longer raised on " + result.assessmentDate()))));
            } else if (isRaised && !t.status().isPending()) {
                changed.add(new Change(t.key(), new TrackingUpdate(t.assignee(), t.dueDate(), ActionStatus.OPEN,
                        note(t.notes(), "finding raised again on " + result.assessmentDate() + ": reopened"))));
            }
        }
        return changed;
    }

    private static String note(String notes, String added) {
        String text = notes == null || notes.isBlank() ? added : notes + "\n" + added;
        // The newest note is kept whole; the oldest text gives way if the notes grow past their column.
        return text.length() <= TrackingUpdate.MAX_NOTES ? text : text.substring(text.length() - TrackingUpdate.MAX_NOTES);
    }
}
