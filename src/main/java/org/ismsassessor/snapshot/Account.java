package org.ismsassessor.snapshot;

import java.time.LocalDate;

/** A user account on a system, who it belongs to and how it was authorized and reviewed. */
public record Account(
        String id,
        String personId,
        String systemId,
        Boolean privileged,
        Boolean enabled,
        Boolean shared,
        String sharedJustification,
        String approvedBy,
        LocalDate createdOn,
        @MayBeNever LocalDate lastReviewedOn,
        LocalDate disabledOn,
        @MayBeNever LocalDate lastSignInOn) {
}
