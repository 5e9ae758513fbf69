package org.ismsassessor.catalogue;

import java.util.List;

/**
 * One checkable obligation of the main clauses (4-8 in 2005, 4-10 in 2022), paraphrased, with the evidence an
 * auditor looks for.
 */
public record Requirement(String id, String clause, String title, String requirement, List<String> evidence) {
    public Requirement {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
