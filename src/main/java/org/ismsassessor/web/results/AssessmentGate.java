package org.ismsassessor.web.results;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ismsassessor.web.Problem;

/**
 * Bounded, fair admission of the work that reads snapshots (assessing, validating): at most {@code slots} run at
 * once; up to {@code queueLimit} more wait, holding at most {@code maxQueuedBytes} of snapshots in memory between
 * them, at most {@code maxWait} each; a request finding the queue full is refused with 429 and Retry-After. Waiting requests are admitted round-robin by user, so one user submitting many
 * snapshots at once cannot starve the others: each user's next request goes before anyone's second.
 */
public final class AssessmentGate {
    private final int slots;
    private final int queueLimit;
    private final long maxWaitNanos;
    private final long retryAfterSeconds;
    /** Per user, in the order users are served next. */
    private final Map<String, ArrayDeque<Ticket>> waiting = new LinkedHashMap<>();
    private final long maxQueuedBytes;
    private int queued;
    private long queuedBytes;
    private int running;

    /** A request's place in the queue, with the size of the snapshot it holds. */
    private static final class Ticket {
        final long bytes;
        boolean admitted;

        Ticket(long bytes) {
            this.bytes = bytes;
        }
    }

    /** Held while the work runs; closing it lets the next request in. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    public AssessmentGate(int slots, int queueLimit, long maxQueuedBytes, long maxWaitSeconds, long retryAfterSeconds) {
        if (slots < 1 || queueLimit < 0 || maxQueuedBytes < 0 || maxWaitSeconds < 0) {
            throw new IllegalArgumentException("slots must be positive, the queue and the wait not negative");
        }
        this.slots = slots;
        this.maxQueuedBytes = maxQueuedBytes;
        this.queueLimit = queueLimit;
        this.maxWaitNanos = TimeUnit.SECONDS.toNanos(maxWaitSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int slots() {
        return slots;
    }

    public int queueLimit() {
        return queueLimit;
    }

    /**
     * Waits for a slot for this user's work on a snapshot of {@code bytes}; throws a 429 {@link Problem} when the
     * queue is full or the wait too long.
     */
    public synchronized Permit enter(String user, long bytes) {
        if (running < slots && queued == 0) {
            running++;
            return this::leave;
        }
        if (queued >= queueLimit || queuedBytes + bytes > maxQueuedBytes) {
            throw Problem.tooManyRequests("The service is assessing " + running + " snapshots and has " + queued
                    + " waiting, as many as it queues (assessor.limits.queued-assessments). Try again later.",
                    retryAfterSeconds);
        }
        Ticket ticket = new Ticket(bytes);
        waiting.computeIfAbsent(user, u -> new ArrayDeque<>()).addLast(ticket);
        queued++;
        queuedBytes += bytes;
        long deadline = System.nanoTime() + maxWaitNanos;
        try {
            while (!ticket.admitted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    withdraw(user, ticket);
                    throw Problem.tooManyRequests("The service was busy assessing other snapshots for "
                            + TimeUnit.NANOSECONDS.toSeconds(maxWaitNanos) + " s (assessor.limits.queue-wait-seconds). "
                            + "Nothing was saved. Try again later.", retryAfterSeconds);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (ticket.admitted) {
                leave();
            } else {
                withdraw(user, ticket);
            }
            throw Problem.unavailable("The service is stopping. Try again.");
        }
        return this::leave;
    }

    /** Snapshots being assessed or validated now, and waiting (for the health check and tests). */
    public synchronized int running() {
        return running;
    }

    public synchronized int queued() {
        return queued;
    }

    private synchronized void leave() {
        running--;
        admitNext();
    }

    private void withdraw(String user, Ticket ticket) {
        ArrayDeque<Ticket> mine = waiting.get(user);
        if (mine != null && mine.remove(ticket)) {
            queued--;
            queuedBytes -= ticket.bytes;
            if (mine.isEmpty()) {
                waiting.remove(user);
            }
        }
    }

    /** Round-robin: the first user in line gets a slot and goes to the back of the line if it has more waiting. */
    private void admitNext() {
        while (running < slots && queued > 0) {
            Iterator<Map.Entry<String, ArrayDeque<Ticket>>> line = waiting.entrySet().iterator();
            Map.Entry<String, ArrayDeque<Ticket>> first = line.next();
            Ticket next = first.getValue().pollFirst();
            line.remove();
            if (!first.getValue().isEmpty()) {
                waiting.put(first.getKey(), first.getValue());
            }
            next.admitted = true;
            queued--;
            queuedBytes -= next.bytes;
            running++;
        }
        notifyAll();
    }
}
