package org.ismsassessor.transition;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ismsassessor.snapshot.SoaEntry;
import org.ismsassessor.snapshot.StatementOfApplicability;

/**
 * An SoA's decision about one control, in any edition: applicable or not (null: undecided), how far it is
 * implemented ({@code implemented}, {@code partial}, {@code planned}, {@code not-implemented}; null when not given) and
 * the text that justifies it.
 */
public record SoaDecision(String control, Boolean applicable, String status, String justification) {

    /** The decisions of a snapshot's SoA by control; for an applicable control without a justification, its reason. */
    public static Map<String, SoaDecision> of(StatementOfApplicability soa) {
        Map<String, SoaDecision> decisions = new LinkedHashMap<>();
        for (SoaEntry e : soa.entries()) {
            String text = e.justification() != null && !e.justification().isBlank() ? e.justification() : e.reason();
            decisions.putIfAbsent(e.control(), new SoaDecision(e.control(), e.applicable(),
                    e.status() == null ? null : e.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    text == null || text.isBlank() ? null : text.strip()));
        }
        return decisions;
    }

    /** The decision in words: {@code applicable, implemented}, {@code not applicable}, {@code undecided}. */
    public String words() {
        if (applicable == null) {
            return "undecided";
        }
        return applicable ? "applicable, " + (status == null ? "status not given" : status) : "not applicable";
    }
}
