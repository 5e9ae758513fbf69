package org.ismsassessor.engine;

import java.time.LocalDate;

/** A fact: the day the assessment speaks for. Rules compare against it and never read the clock. */
public record AssessmentDate(LocalDate date) {
}
