package org.ismsassessor.compare;

import org.ismsassessor.snapshot.ImplementationStatus;

/**
 * What the Statement of Applicability declares about one Annex A control.
 *
 * @param applicable true when selected, false when excluded, null when undecided
 * @param status how far a selected control is implemented, null when not stated
 */
public record ControlStatus(Boolean applicable, ImplementationStatus status) {

    /** Selected and fully implemented. */
    public boolean implemented() {
        return Boolean.TRUE.equals(applicable) && status == ImplementationStatus.IMPLEMENTED;
    }

    /** The status in one word or two, as reports print it: implemented, partial, planned, excluded, ... */
    public String label() {
        if (Boolean.FALSE.equals(applicable)) {
            return "excluded";
        }
        if (applicable == null) {
            return "undecided";
        }
        return status == null ? "selected, no status" : status.name().toLowerCase().replace('_', '-');
    }

    /** The label of a control that may be missing from the SoA. */
    public static String label(ControlStatus status) {
        return status == null ? "not listed" : status.label();
    }
}
