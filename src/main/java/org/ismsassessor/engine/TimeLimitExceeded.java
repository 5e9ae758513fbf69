package org.ismsassessor.engine;

import java.time.Duration;

/** The rules ran longer than the assessment's time limit; the session was halted and nothing is reported. */
public final class TimeLimitExceeded extends RuntimeException {
    private final Duration limit;

    public TimeLimitExceeded(Duration limit) {
        super("the assessment took longer than its time limit of "
                + (limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s"));
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
