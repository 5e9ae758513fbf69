package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.util.List;
import org.ismsassessor.snapshot.InputError;

/** Prints input errors the same way for every command: one line each, path first. */
final class Problems {
    private Problems() {
    }

    static int report(PrintWriter err, String what, List<InputError> errors) {
        err.println(what + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
        for (InputError error : errors) {
            err.println("  " + error.path() + ": " + error.message());
        }
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
