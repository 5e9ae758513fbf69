package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** One entry of the risk register: what could happen to which assets, how bad, and what is done about it. */
public record Risk(
        String id,
        List<String> assetIds,
        String threat,
        String vulnerability,
        List<String> affects,
        String impactDescription,
        Integer impact,
        Integer likelihood,
        Integer level,
        Integer previousLevel,
        TreatmentOption treatment,
        List<String> controls,
        String owner,
        Integer residualLevel,
        String residualApprovedBy,
        LocalDate residualApprovedOn,
        String acceptedBy,
        LocalDate acceptedOn,
        LocalDate assessedOn,
        Integer treatmentPriority) {

    public Risk {
        assetIds = Lists.orEmpty(assetIds);
        affects = Lists.orEmpty(affects);
        controls = Lists.orEmpty(controls);
    }

    /** True when both scores lie on the methodology's scales. */
    public boolean onScalesOf(RiskMethodology methodology) {
        return methodology.onScale(this);
    }

    /** The level the methodology's formula gives for this risk's scores, or null when it cannot. */
    public Integer expectedLevel(RiskMethodology methodology) {
        return methodology.levelOf(this);
    }

    /**
     * The level treatment decisions go by: the one the methodology's formula gives for this risk's scores where it
     * can (a recorded level that disagrees is a 4.2.1.c.3 finding of its own, and must not hide an unacceptable
     * risk), else the recorded level.
     */
    public Integer decisiveLevel(RiskMethodology methodology) {
        Integer computed = methodology == null ? null : methodology.levelOf(this);
        return computed != null ? computed : level;
    }
}
