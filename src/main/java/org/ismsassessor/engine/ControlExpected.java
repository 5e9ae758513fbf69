package org.ismsassessor.engine;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * A derived fact: an Annex A control is expected to be selected, and why. A control may be expected for
 * several reasons at once (one fact each). Inserted logically by {@code annex-a/applicability.drl}.
 *
 * @param characteristic the organization characteristic that makes it expected, for {@link Reason#CHARACTERISTIC}
 * @param riskId         the risk treated by applying this control, for {@link Reason#RISK_TREATMENT}
 */
public record ControlExpected(String control, Reason reason, String characteristic, String riskId) {

    /** Why a control is expected. */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    public enum Reason {
        /** The catalogue expects it of every organization. */
        ALWAYS,
        /** The organization has the characteristic the catalogue names for it. */
        CHARACTERISTIC,
        /** A risk is treated by applying it. */
        RISK_TREATMENT
    }

    public static ControlExpected always(String control) {
        return new ControlExpected(control, Reason.ALWAYS, null, null);
    }

    public static ControlExpected byCharacteristic(String control, String characteristic) {
        return new ControlExpected(control, Reason.CHARACTERISTIC, characteristic, null);
    }

    public static ControlExpected byRisk(String control, String riskId) {
        return new ControlExpected(control, Reason.RISK_TREATMENT, null, riskId);
    }
}
