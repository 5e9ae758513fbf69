package org.ismsassessor.grading;

import java.util.List;

/**
 * A process whose requirements, when several of them have minor nonconformities, together show a systemic failure
 * graded as one major nonconformity (a line of {@code systemic.csv}).
 *
 * @param requirements id prefixes: a requirement belongs to the process when its id is one of them or starts with
 *                     one of them followed by a dot
 * @param minimum      how many different requirements with minor findings make the failure systemic
 */
public record SystemicProcess(String process, String label, List<String> requirements, int minimum, int line) {

    public SystemicProcess {
        requirements = List.copyOf(requirements);
    }

    public boolean covers(String requirement) {
        return requirements.stream().anyMatch(p -> requirement.equals(p) || requirement.startsWith(p + "."));
    }
}
