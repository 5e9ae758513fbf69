package org.ismsassessor.coverage;

/**
 * How one requirement or control id is covered by rules and by scenarios of each kind, and the basis of its
 * judgement: {@code evidence} when facts, documents or dated records in a snapshot judge it ({@code evidencedBy}
 * says which: {@code check}, {@code document}, {@code record}; {@code requirement} for clauses 4-8), or
 * {@code declaration} when only the Statement of Applicability's word is available ({@code why} says why a
 * snapshot cannot hold evidence for it).
 */
public record IdCoverage(String id, String title, String basis, String evidencedBy, String why, int rules,
        int conformingScenarios, int nonconformingScenarios) {

    /** At least one rule and a scenario each way: the bar every id must clear. */
    public boolean complete() {
        return rules > 0 && conformingScenarios > 0 && nonconformingScenarios > 0;
    }

    public boolean declarationOnly() {
        return org.ismsassessor.catalogue.Evidence.DECLARATION.equals(basis);
    }
}
