package org.ismsassessor.catalogue;

import java.util.List;

/**
 * One Annex A control: its place in the annex, when it is expected to apply ({@code "always"} or a
 * characteristic of the organization) and the data checks expected for it.
 */
public record Control(
        String id,
        String title,
        String objective,
        String objectiveTitle,
        String clause,
        String clauseTitle,
        String expectedWhen,
        List<String> checks) {

    public static final String ALWAYS = "always";

    public Control {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The Annex A domain, e.g. {@code A.10}. */
    public String domain() {
        return clause;
    }
}
