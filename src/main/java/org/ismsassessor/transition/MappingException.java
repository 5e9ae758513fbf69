package org.ismsassessor.transition;

/**
 * A mapping file that does not hold what the transition needs: the message names the file and line and what was
 * expected. The shipped files are checked by the tests, so at run time this is a bug of the assessor's data.
 */
public final class MappingException extends RuntimeException {
    public MappingException(String message) {
        super(message);
    }
}
