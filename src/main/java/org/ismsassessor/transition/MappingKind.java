package org.ismsassessor.transition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How an id of an older edition corresponds to the newer edition's ids. */
public enum MappingKind {
    /** One to one, same intent. */
    SAME,
    /** One to one under a new name. */
    RENAMED,
    /** One to one, but what it asks changed. */
    CHANGED,
    /** Several older ids meet in one newer id. */
    MERGED,
    /** One older id reaches several newer ids. */
    SPLIT,
    /** Nothing in the older edition: the row has no {@code from}. */
    NEW,
    /** Nothing in the newer edition: the row has no {@code to}. */
    REMOVED;

    /** The word in the mapping files and reports. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<MappingKind> of(String word) {
        return Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst();
    }

    static String words() {
        return Arrays.stream(values()).map(MappingKind::word).collect(Collectors.joining(", "));
    }
}
