package org.ismsassessor.tracking;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The remediation of one action-plan item as recorded.
 *
 * @param key the item's stable key: the id of the finding whose recommended action it is
 */
public record TrackedAction(String key, String assignee, LocalDate dueDate, ActionStatus status, String notes,
        String updatedBy, LocalDateTime updatedAt) {

    /** True when the item is still to be done after its due date. */
    public boolean overdueOn(LocalDate today) {
        return status.isPending() && dueDate != null && dueDate.isBefore(today);
    }
}
