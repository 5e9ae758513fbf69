package org.ismsassessor.compare;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.ismsassessor.snapshot.Snapshot;

/**
 * The SoA status of each control, as one side of a comparison knows it: declared in a snapshot's SoA entries
 * ({@link #declaredIn}) or recorded in a result's computed Statement of Applicability ({@link #recordedIn}).
 */
public interface ControlStatuses {

    /** The declared status of each control the SoA lists, by control id; empty when {@link #known()} is false. */
    Map<String, ControlStatus> byControl();

    /** False when this side has no Statement of Applicability to compare, e.g. a saved result. */
    default boolean known() {
        return true;
    }

    /** The statuses declared in a snapshot's SoA entries; an absent SoA declares none. */
    public static ControlStatuses declaredIn(Snapshot snapshot) {
        Map<String, ControlStatus> statuses = new TreeMap<>();
        if (snapshot.statementOfApplicability() != null) {
            snapshot.statementOfApplicability().entries()
                    .forEach(e -> statuses.put(e.control(), new ControlStatus(e.applicable(), e.status())));
        }
        return of(statuses);
    }

    /**
     * The statuses a result's computed Statement of Applicability records (controls the SoA lists); unknown
     * for a result saved before results carried it.
     */
    public static ControlStatuses recordedIn(org.ismsassessor.assessment.AssessmentResult result) {
        if (result.statementOfApplicability() == null || result.statementOfApplicability().isEmpty()) {
            return unknown();
        }
        Map<String, ControlStatus> statuses = new TreeMap<>();
        result.statementOfApplicability().stream().filter(c -> c.listedInSoa())
                .forEach(c -> statuses.put(c.control(), new ControlStatus(c.applicable(), c.status())));
        return of(statuses);
    }

    /** Known statuses, e.g. read back from the history store. */
    static ControlStatuses of(Map<String, ControlStatus> statuses) {
        Map<String, ControlStatus> copy = Collections.unmodifiableMap(new TreeMap<>(statuses));
        return () -> copy;
    }

    /** A side whose SoA is not known: no control change or control regression is reported against it. */
    static ControlStatuses unknown() {
        return new ControlStatuses() {
            @Override
            public Map<String, ControlStatus> byControl() {
                return Map.of();
            }

            @Override
            public boolean known() {
                return false;
            }
        };
    }
}
