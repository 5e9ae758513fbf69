package org.ismsassessor.finding;

import java.time.LocalDate;

/**
 * How late a recurring obligation is, as the rule saw it: when it was last done (null: never), when it was due,
 * and the interval. The grading table decides what it means: within one further interval is a lapse, beyond
 * it (or never done) a breakdown.
 */
public record Lateness(LocalDate lastDone, LocalDate dueOn, String interval, boolean beyondFurtherInterval) {

    public boolean neverDone() {
        return lastDone == null;
    }
}
