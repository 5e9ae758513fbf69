package org.ismsassessor.finding;

import java.util.Arrays;
import java.util.Optional;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** What a consultant decided about a finding. A decision never changes the finding's kind or the verdict. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum DecisionKind {
    /** The finding is wrong about the facts (the rule misread them); the justification says why. */
    FALSE_POSITIVE("false-positive", "False positive"),
    /** The finding stands and will be addressed by a due date. */
    DEFERRED("deferred", "Deferred"),
    /** An Annex A finding whose risk management accepted, citing the approval. */
    RISK_ACCEPTED("risk-accepted", "Risk accepted");

    private final String word;
    private final String label;

    DecisionKind(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** As written in JSON and on the command line: false-positive, deferred, risk-accepted. */
    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    public static Optional<DecisionKind> of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
