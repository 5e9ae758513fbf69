package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The last resort of {@code --time-limit}: the rule session halts itself at the limit, but only between two rule
 * firings, so a consequence busy in a loop ran on forever. Past the limit and a grace period, the watchdog prints why
 * and ends the process with exit code 2 ({@code Runtime.halt}: the busy thread cannot be stopped otherwise).
 */
final class RunWatchdog implements AutoCloseable {
    /** How long the session may take, past its limit, to stop by itself and report. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** How the process is ended: {@code Runtime.getRuntime()::halt} for a real run. */
    interface Ending {
        void end(int exitCode);
    }

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "time-limit-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledFuture<?> scheduled;

    private RunWatchdog(ScheduledFuture<?> scheduled) {
        this.scheduled = scheduled;
    }

    /**
     * Ends the process after {@code limit} plus {@code grace} unless closed before.
     *
     * @param message the line printed (after {@code error: }) before the end
     */
    static RunWatchdog arm(Duration limit, Duration grace, PrintWriter err, String message, Ending ending) {
        if (limit == null || ending == null) {
            return new RunWatchdog(null);
        }
        return new RunWatchdog(TIMER.schedule(() -> {
            err.println("error: " + message);
            err.flush();
            ending.end(ExitCode.BAD_INPUT);
        }, limit.plus(grace).toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
