package org.ismsassessor.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each identified entity sits in the snapshot's JSON, so a finding can name the exact path an
 * auditor opens. Entities are keyed by their {@code id}; SoA entries by their control id.
 */
public final class PathIndex {
    private final Map<String, String> pathById;
    /** How many identified entities each list holds, keyed by the list's path ({@code $.accounts}). */
    private final Map<String, Integer> listSizes;

    PathIndex(Map<String, String> pathById) {
        this.pathById = Collections.unmodifiableMap(new LinkedHashMap<>(pathById));
        Map<String, Integer> sizes = new java.util.HashMap<>();
        for (String path : pathById.values()) {
            if (path.endsWith("]")) {
                sizes.merge(path.substring(0, path.lastIndexOf('[')), 1, Integer::sum);
            }
        }
        this.listSizes = Map.copyOf(sizes);
    }

    /**
     * The population an entity belongs to: how many identified entities the list holding it has (the people
     * register for {@code $.people[4].leftOn}), or 0 when the path is not inside a list.
     */
    public int populationOf(String path) {
        if (path == null) {
            return 0;
        }
        int close = path.indexOf(']');
        int open = close < 0 ? -1 : path.lastIndexOf('[', close);
        return open < 0 ? 0 : listSizes.getOrDefault(path.substring(0, open), 0);
    }

    /** The path of an entity; an id that is itself a path (a section such as {@code $.scope}) is returned as is. */
    public Optional<String> pathOf(String id) {
        if (id != null && id.startsWith("$")) {
            return Optional.of(id);
        }
        return Optional.ofNullable(pathById.get(id));
    }

    /** The path of a field of an entity, e.g. {@code $.people[2].leftOn}; empty when the entity is unknown. */
    public Optional<String> pathOf(String id, String field) {
        return pathOf(id).map(path -> field == null || field.isEmpty() ? path : path + "." + field);
    }

    public int size() {
        return pathById.size();
    }
}
