package org.ismsassessor.assessment;

/** An assessment whose result would hold more findings than a result may: refused with a clear message. */
public final class TooManyFindings extends RuntimeException {
    public TooManyFindings(int findings, int limit) {
        super("The assessment gives " + findings + " findings after grouping, more than the " + limit
                + " a result may hold; check the snapshot for duplicated entities or a user rule raising one finding per fact"
                + " without a grading line that groups them");
    }
}
