package org.ismsassessor.snapshot;

import java.util.List;

/** Normalizes nested lists: inside an entity, an absent list reads as an empty one. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
