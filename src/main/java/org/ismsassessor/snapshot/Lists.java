package org.ismsassessor.snapshot;

import java.util.List;

/**
 * Normalizes nested lists: inside an entity, an absent list reads as an empty one. The lists answer
 * {@code contains(null)} with false (unlike {@code List.copyOf}), because rules ask whether a list contains
 * an optional field's value, which may be absent.
 */
final class Lists {
    private static final List<?> EMPTY = java.util.Collections.unmodifiableList(new java.util.ArrayList<>());

    private Lists() {
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? (List<T>) EMPTY : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
