package org.ismsassessor.engine;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Writes a planned interval the way an auditor reads it in a finding ("6 months", "1 year 2 weeks"), not as P6M. */
public final class PeriodWords {
    private PeriodWords() {
    }

    public static String of(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        int days = period.getDays();
        if (days != 0 && days % 7 == 0) {
            add(parts, days / 7, "week");
        } else {
            add(parts, days, "day");
        }
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void add(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (Math.abs(amount) == 1 ? "" : "s"));
        }
    }
}
