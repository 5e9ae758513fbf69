package org.ismsassessor.importer;

import org.ismsassessor.snapshot.InputError;

/** An export that cannot be read at all (not CSV, a required column missing, malformed JSON): where and why. */
final class ExportException extends Exception {
    private final transient InputError error;

    ExportException(String place, String message) {
        super(place + ": " + message);
        this.error = new InputError(place, message);
    }

    InputError error() {
        return error;
    }
}
