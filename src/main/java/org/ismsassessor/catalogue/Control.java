package org.ismsassessor.catalogue;

import java.util.List;

/**
 * One Annex A control: its place in the annex, when it is expected to apply ({@code "always"} or a
 * characteristic of the organization), the data checks expected for it and what evidences its operation.
 */
public record Control(
        String id,
        String title,
        String objective,
        String objectiveTitle,
        String clause,
        String clauseTitle,
        String expectedWhen,
        List<String> checks,
        Evidence evidence) {

    public static final String ALWAYS = "always";

    public Control {
        checks = checks == null ? List.of() : List.copyOf(checks);
        if (evidence == null) {
            // the catalogue is this project's own data: a control without its basis is a build error, not input
            throw new IllegalStateException("Control " + id + " has no 'evidence' entry in annex-a.json");
        }
    }

    /** The Annex A domain, e.g. {@code A.10}. */
    public String domain() {
        return clause;
    }
}
