package org.ismsassessor.snapshot;

import java.util.List;

/** The outcome of loading a snapshot: either facts ready to assess, or every problem found at once. */
public sealed interface LoadResult {

    /** A snapshot that passed every check, with where each entity sits in the JSON. */
    record Loaded(Snapshot snapshot, PathIndex paths, String sha256) implements LoadResult {
    }

    /** A snapshot that cannot be assessed, with every error found, sorted by path. */
    record Rejected(List<InputError> errors) implements LoadResult {
        public Rejected {
            errors = errors.stream().sorted().toList();
        }
    }
}
