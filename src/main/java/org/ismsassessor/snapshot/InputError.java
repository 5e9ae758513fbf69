package org.ismsassessor.snapshot;

/** A problem with the user's input: where it is (a JSON path such as {@code $.risks[3].owner}) and what was expected. */
public record InputError(String path, String message) implements Comparable<InputError> {

    @Override
    public int compareTo(InputError other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
