package org.ismsassessor.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** Date arithmetic for rule conditions, so a rule reads as one sentence ("reviewed more than 12 months ago"). */
public final class Dates {
    private Dates() {
    }

    /** True when {@code date} plus {@code period} is before {@code today}: the interval has run out. */
    public static boolean overdue(LocalDate date, Period period, LocalDate today) {
        // "never" is not late: it is a statement of its own, reported by the rules written for it.
        return date != null && !never(date) && date.plus(period).isBefore(today);
    }

    /** True when the snapshot states that something was never done ({@code "never"}, format 1.1). */
    public static boolean never(LocalDate date) {
        return org.ismsassessor.snapshot.PerformedOn.never(date);
    }


    /**
     * True when an interval has run out, using the entity's own interval in months where it states one
     * (a document's review interval, a plan's test interval), else the interval in force for the topic.
     */
    public static boolean overdue(LocalDate date, Integer ownMonths, Period inForce, LocalDate today) {
        return overdue(date, ownMonths == null ? inForce : Period.ofMonths(ownMonths), today);
    }

    /** The period that applies: the entity's own interval in months where it states one, else the one in force. */
    public static Period period(Integer ownMonths, Period inForce) {
        return ownMonths == null ? inForce : Period.ofMonths(ownMonths);
    }

    /** True when the interval runs out within {@code window} from today, but has not yet. */
    public static boolean dueWithin(LocalDate date, Period period, Period window, LocalDate today) {
        if (date == null) {
            return false;
        }
        LocalDate due = date.plus(period);
        return !due.isBefore(today) && due.isBefore(today.plus(window));
    }

    /** The day an interval that started on {@code date} runs out. */
    public static LocalDate due(LocalDate date, Period period) {
        return date.plus(period);
    }

    public static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    public static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    /**
     * The negation of {@link #before}: true unless both dates are known and {@code a} is before {@code b}. Rules
     * write {@code Dates.notBefore(a, b)} rather than {@code !Dates.before(a, b)}: the executable model the build
     * compiles them to reads a negated call named "before" or "after" as a temporal operator.
     */
    public static boolean notBefore(LocalDate a, LocalDate b) {
        return !before(a, b);
    }

    /** The negation of {@link #after}: true unless both dates are known and {@code a} is after {@code b}. */
    public static boolean notAfter(LocalDate a, LocalDate b) {
        return !after(a, b);
    }

    public static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** True when {@code later} comes more than {@code period} after {@code earlier}. */
    public static boolean moreThanApart(OffsetDateTime earlier, OffsetDateTime later, Period period) {
        return earlier != null && later != null && later.isAfter(earlier.plus(period));
    }

    /**
     * The period with a quarter of it added: how far apart two occurrences of a recurring obligation may fall before
     * they stop being regular (a review moved by a few weeks is still regular; one missed by a season is not).
     */
    public static Period withQuarter(Period period) {
        long months = period.toTotalMonths();
        return Period.ofMonths((int) (months + months / 4)).plusDays(period.getDays() + period.getDays() / 4);
    }
}
