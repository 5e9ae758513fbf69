package org.ismsassessor.cli;

import java.nio.file.Path;
import java.sql.SQLException;

/** A database that cannot be opened, said in one line: who holds it, or the reason the driver gives. */
final class DatabaseProblems {
    /** H2's error code for a database file another process has open. */
    static final int H2_DATABASE_IN_USE = 90020;

    private DatabaseProblems() {
    }

    /** True when the failure is an embedded database held by another process. */
    static boolean inUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return true;
            }
        }
        return false;
    }

    /** True when a database's driver reported the failure. */
    static boolean causedBySql(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** Why the data folder's database is in use, and what to do, in one line (without "error: "). */
    static String inUseMessage(Path folder) {
        return ServerMarker.running(folder).map(server -> "the history in " + folder + " is held by a running server"
                + " (isms-assessor serve, process " + server.pid() + ", " + server.url() + "): use its API ("
                + server.url() + "api/v1), stop it, or give another folder with --data-dir DIR")
                .orElse("the history in " + folder + " is in use by another program (a running isms-assessor serve or"
                        + " another command): wait for it or stop it, or give another folder with --data-dir DIR");
    }

    /** The reason of a failure in one line: the database's own words when it gave some, else the root cause's. */
    static String reason(Throwable e) {
        Throwable chosen = null;
        Throwable root = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                chosen = cause;
            }
            root = cause;
        }
        if (chosen == null && root instanceof java.io.IOException io) {
            return Outputs.reason(io);
        }
        Throwable shown = chosen != null ? chosen : root;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        // H2 appends its error code and version: [90020-240].
        return message.lines().findFirst().orElse("").replaceAll(" ?\\[\\d{5}-\\d+\\]$", "").strip();
    }
}
