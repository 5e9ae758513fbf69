package org.ismsassessor.assessment;

import java.util.List;
import org.ismsassessor.engine.ControlExpected;
import org.ismsassessor.snapshot.ImplementationStatus;

/**
 * One line of the computed Statement of Applicability: whether an Annex A control is expected and why,
 * what the organization's SoA declares about it, and the findings concerning it.
 *
 * @param expected     true when at least one reason makes the control expected
 * @param reasons      why it is expected (always, a characteristic, a risk treated with it); empty when not
 * @param listedInSoa  false when the SoA has no entry for the control (then the three fields below are absent)
 * @param applicable   the SoA's decision: selected (true), excluded (false), undecided (absent)
 * @param findingIds   the findings against the control and those about its SoA entry (e.g. 4.2.1.j.3)
 */
public record ControlApplicability(
        String control,
        boolean expected,
        List<Reason> reasons,
        boolean listedInSoa,
        Boolean applicable,
        ImplementationStatus status,
        String justification,
        List<String> findingIds) {

    public ControlApplicability {
        reasons = List.copyOf(reasons);
        findingIds = List.copyOf(findingIds);
    }

    /** One reason the control is expected: the characteristic or the risk, when that is the reason. */
    public record Reason(ControlExpected.Reason kind, String characteristic, String riskId) {

        static Reason of(ControlExpected fact) {
            return new Reason(fact.reason(), fact.characteristic(), fact.riskId());
        }

        /** In a few words: {@code always}, the characteristic's name, or {@code risk R-1}. */
        public String words() {
            return switch (kind) {
                case ALWAYS -> "always";
                case CHARACTERISTIC -> characteristic;
                case RISK_TREATMENT -> "risk " + riskId;
            };
        }
    }

    /** The SoA selects the control. */
    public boolean selected() {
        return Boolean.TRUE.equals(applicable);
    }

    /** The SoA excludes the control. */
    public boolean excluded() {
        return Boolean.FALSE.equals(applicable);
    }

    /** The SoA excludes a control the characteristics or the risk treatment make expected. */
    public boolean contradicted() {
        return expected && excluded();
    }
}
