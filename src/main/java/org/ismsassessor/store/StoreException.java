package org.ismsassessor.store;

/** The history database cannot be opened, read or written (a broken or locked file, a full disk). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
