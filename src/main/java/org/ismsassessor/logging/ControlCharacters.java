package org.ismsassessor.logging;

/**
 * Makes text from outside safe to print on a terminal: control characters (C0, DEL and C1, such as the ESC that
 * starts a terminal escape sequence in an organization's name) are written as {@code \u001B}; line breaks and tabs
 * are kept.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The text with every control character but line feed and tab escaped; the same string when it has none. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isEscaped(c)) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isEscaped(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isEscaped(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }
}
