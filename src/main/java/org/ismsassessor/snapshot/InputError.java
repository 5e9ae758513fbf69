package org.ismsassessor.snapshot;

/** A problem with the user's input: where it is (a JSON path such as {@code $.risks[3].owner}) and what was expected. */
public record InputError(String path, String message) implements Comparable<InputError> {

    /** By path, array indexes in numeric order ({@code $.people[2]} before {@code $.people[10]}), then by message. */
    @Override
    public int compareTo(InputError other) {
        int byPath = comparePaths(path, other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    /** Compares text as usual, except that runs of digits compare by their value. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = i;
                int endB = j;
                while (endA < a.length() && isDigit(a.charAt(endA))) {
                    endA++;
                }
                while (endB < b.length() && isDigit(b.charAt(endB))) {
                    endB++;
                }
                int startA = i;
                int startB = j;
                while (startA < endA - 1 && a.charAt(startA) == '0') {
                    startA++;
                }
                while (startB < endB - 1 && b.charAt(startB) == '0') {
                    startB++;
                }
                int byLength = Integer.compare(endA - startA, endB - startB);
                if (byLength != 0) {
                    return byLength;
                }
                for (int k = 0; k < endA - startA; k++) {
                    int byDigit = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
                    if (byDigit != 0) {
                        return byDigit;
                    }
                }
                int byZeros = Integer.compare(endA - i, endB - j);
                if (byZeros != 0) {
                    return byZeros;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
