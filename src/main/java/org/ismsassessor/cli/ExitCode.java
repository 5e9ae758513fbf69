package org.ismsassessor.cli;

/** The documented exit codes. */
public final class ExitCode {
    /** Assessed (or validated), nothing at or above the --fail-on threshold. */
    public static final int OK = 0;
    /** Findings at or above the --fail-on threshold. */
    public static final int FINDINGS = 1;
    /** Bad input or usage: unreadable or invalid snapshot, bad option, broken user rules. */
    public static final int BAD_INPUT = 2;
    /** A bug in the assessor itself. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
