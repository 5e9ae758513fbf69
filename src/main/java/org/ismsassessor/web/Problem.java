package org.ismsassessor.web;

import java.util.List;
import org.ismsassessor.snapshot.InputError;

/**
 * A request the service refuses, with the HTTP status, a title, a plain-words detail and, for bad input, every
 * error with its JSON path. The API answers it as RFC 9457 problem details; the pages show it as a message.
 */
public final class Problem extends RuntimeException {
    private final int status;
    private final String title;
    private final List<InputError> errors;
    private final long retryAfterSeconds;

    private Problem(int status, String title, String detail, List<InputError> errors) {
        this(status, title, detail, errors, status == 503 ? DEFAULT_RETRY_AFTER_SECONDS : 0);
    }

    private Problem(int status, String title, String detail, List<InputError> errors, long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** What a 503 asks the client to wait before trying again, when nothing better is known. */
    public static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    public static Problem badInput(String detail, List<InputError> errors) {
        return new Problem(400, "Bad input", detail, errors);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, List.of());
    }

    /** Also what a caller gets for another client's data: whether it exists is not theirs to know. */
    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail, List.of());
    }

    /** The Accept header allows none of the representations the endpoint answers with. */
    public static Problem notAcceptable(String detail) {
        return new Problem(406, "Not acceptable", detail, List.of());
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, List.of());
    }

    public static Problem tooLarge(String detail, List<InputError> errors) {
        return new Problem(413, "Content too large", detail, errors);
    }

    /** The input is well-formed but cannot be assessed within the limits (e.g. the time limit). */
    public static Problem unprocessable(String detail) {
        return new Problem(422, "Unprocessable content", detail, List.of());
    }

    public static Problem unavailable(String detail) {
        return new Problem(503, "Service unavailable", detail, List.of());
    }

    /** Too much asked at once (the assessment queue is full, too many failed sign-ins): try again later. */
    public static Problem tooManyRequests(String detail, long retryAfterSeconds) {
        return new Problem(429, "Too many requests", detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<InputError> errors() {
        return errors;
    }

    /** Seconds for the Retry-After header; 0 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
