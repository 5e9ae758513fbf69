package org.ismsassessor.tracking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** How far the remediation of an action-plan item is. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, VERIFIED;

    /** As the API writes it: open, in-progress, done, verified. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True while the work is still to be done: an item past its due date then is overdue. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** Read from the API's word or the spreadsheet's ("in progress"), in any case. */
    public static Optional<ActionStatus> of(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
    }

    public static String words() {
        return String.join(", ", Arrays.stream(values()).map(ActionStatus::word).toList());
    }
}
