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

    PathIndex(Map<String, String> pathById) {
        this.pathById = Collections.unmodifiableMap(new LinkedHashMap<>(pathById));
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
