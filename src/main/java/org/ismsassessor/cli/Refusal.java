package org.ismsassessor.cli;

/**
 * A run stopped for a reason of the user's (an output over an input, a path that cannot be written, a value out of
 * range): printed as one line {@code error: MESSAGE}, exit code 2, never a stack trace.
 */
final class Refusal extends RuntimeException {
    Refusal(String message) {
        super(message, null, false, false);
    }
}
