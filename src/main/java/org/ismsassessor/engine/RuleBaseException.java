package org.ismsassessor.engine;

import java.util.List;

/** The rule base cannot be built: each problem names its file and line. */
public final class RuleBaseException extends RuntimeException {
    private final List<String> problems;

    public RuleBaseException(List<String> problems) {
        super("The rule base has errors:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
