package org.ismsassessor.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Which rule failed at run time, for a report in a user's words: an exception thrown by a rule's consequence or by the
 * evaluation of one of its conditions (a user's {@code --rules} dividing by zero, say), with the file of the rule.
 */
public final class RuleFailures {
    /** Drools names the rule of a condition that failed in its message: {@code [Rule "name" in file]}. */
    private static final Pattern CONDITION_RULE = Pattern.compile("\\[Rule \"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * A rule that failed: its name, the file it comes from (as {@link RuleInfo#file()}; empty when unknown), the part
     * that failed and the error.
     */
    public record Failure(String rule, String file, String part, String error) {
    }

    private RuleFailures() {
    }

    /** The rule whose failure caused this exception, if a rule's failure did. */
    public static Optional<Failure> of(Throwable thrown, RuleBase ruleBase) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConsequenceException consequence && consequence.getRule() != null) {
                return Optional.of(failure(consequence.getRule().getName(), "consequence", consequence.getCause(), ruleBase));
            }
            if (e.getClass().getName().equals("org.drools.mvel.ConstraintEvaluationException")
                    || e.getClass().getName().endsWith("ConstraintEvaluationException")) {
                Matcher rule = CONDITION_RULE.matcher(String.valueOf(e.getMessage()));
                if (rule.find()) {
                    return Optional.of(failure(rule.group(1), "condition", e.getCause(), ruleBase));
                }
            }
        }
        return Optional.empty();
    }

    private static Failure failure(String rule, String part, Throwable cause, RuleBase ruleBase) {
        String file = ruleBase.rules().stream().filter(r -> r.name().equals(rule)).map(RuleInfo::file).findFirst().orElse("");
        return new Failure(rule, file, part, cause == null ? "an error" : describe(cause));
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName() : root.getClass().getName() + ": " + root.getMessage();
    }
}
