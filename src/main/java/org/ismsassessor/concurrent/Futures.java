package org.ismsassessor.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, as if it had run on this one. */
public final class Futures {
    private Futures() {
    }

    /**
     * The value of a finished or running task. What the task threw is thrown here unwrapped, so callers handle it as
     * they would had they run the task themselves; an interruption keeps the thread's flag and says what was waited for.
     */
    public static <T> T join(Future<T> task, String waitingFor) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + waitingFor, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
