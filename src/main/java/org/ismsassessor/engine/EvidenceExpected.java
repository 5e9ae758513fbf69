package org.ismsassessor.engine;

import java.time.LocalDate;
import java.time.Period;
import org.ismsassessor.snapshot.ActivityKind;
import org.ismsassessor.snapshot.DocumentType;

/**
 * A fact from the catalogue's evidence table (annex-a.json {@code evidence}): what evidences an Annex A control
 * whose basis is a dated record ({@code recordKind} set: a linked activity of that kind within {@code within}) or a
 * document ({@code documentType} set: an issued document of that type naming the control). The latest linked
 * record up to the assessment date is looked up in Java while the facts are built, so the rule states the
 * condition in one pattern and the finding can give its date; it is null when there is none.
 */
public record EvidenceExpected(
        String control,
        ActivityKind recordKind,
        DocumentType documentType,
        Period within,
        String intervalName,
        String lastRecordId,
        LocalDate lastRecordOn) {

    /** True when no linked record exists, or the latest is older than the interval allows. */
    public boolean recordMissingOrLate(LocalDate today) {
        return lastRecordOn == null || Dates.overdue(lastRecordOn, within, today);
    }

    /** The interval in words for a finding: the topic's name and period, or the months of the table. */
    public String intervalWords() {
        return intervalName == null ? "interval of " + within.toTotalMonths() + " months" : "'" + intervalName + "' interval of " + within;
    }
}
