package org.ismsassessor.cli;

import java.io.PrintStream;

/**
 * Makes an exit that the run did not ask for a failure: a user's rule (or a library) calling {@code System.exit(0)}
 * before the assessment finished ended the process with code 0 and no output, which passed a {@code --fail-on major}
 * gate. A shutdown hook sees the exit; when it comes from a call to {@code System.exit} (not from Ctrl-C or a signal,
 * which keep the JVM's own code) before {@link #finished()}, it ends the process with exit code 3 instead.
 */
final class ExitGuard {
    private static volatile boolean finished;
    private static volatile boolean installed;

    private ExitGuard() {
    }

    /** Watches every exit from now on (once per process). */
    static synchronized void install(PrintStream err) {
        if (installed) {
            return;
        }
        installed = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished && exitRequested()) {
                err.println("error: the run was ended by a call to System.exit (from a --rules file or a library) before"
                        + " it finished; nothing was reported");
                err.flush();
                Runtime.getRuntime().halt(ExitCode.INTERNAL_ERROR);
            }
        }, "exit-guard"));
    }

    /** The run is over: its own exit code stands. */
    static void finished() {
        finished = true;
    }

    /** True when a thread is inside {@code Runtime.exit}, i.e. System.exit was called (a signal goes another way). */
    static boolean exitRequested() {
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                    return true;
                }
            }
        }
        return false;
    }
}
