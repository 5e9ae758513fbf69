package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in the test's JVM: its exit code and what it wrote to standard output and error. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AssessorCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
