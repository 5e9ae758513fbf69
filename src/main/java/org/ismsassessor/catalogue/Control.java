package org.ismsassessor.catalogue;

import java.util.List;

/**
 * One Annex A control: its place in the annex, when it is expected to apply ({@code "always"} or a
 * characteristic of the organization), the data checks expected for it and what evidences its operation.
 * <p>
 * The 2005 edition places a control under a control objective ({@code objective}, e.g. A.5.1) within a clause
 * (A.5); the 2022 edition has no objectives: a control sits in one of four themes ({@code theme}, e.g.
 * {@code organizational}, whose clause is A.5) and carries the {@link ControlAttributes} of ISO/IEC 27002:2022.
 * What an edition does not have is null, never made up.
 */
public record Control(
        String id,
        String title,
        String objective,
        String objectiveTitle,
        String clause,
        String clauseTitle,
        String theme,
        ControlAttributes attributes,
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

    /** The Annex A domain (2005, e.g. {@code A.10}) or the clause of the theme (2022, e.g. {@code A.8}). */
    public String domain() {
        return clause;
    }
}
