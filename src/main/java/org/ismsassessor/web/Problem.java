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

    private Problem(int status, String title, String detail, List<InputError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

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

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<InputError> errors() {
        return errors;
    }
}
