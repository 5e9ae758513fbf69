package org.ismsassessor.finding;

/**
 * A fact that shows a finding: the id of the snapshot entity, optionally the field concerned, and the
 * JSON path where an auditor finds it (resolved after the rules have run, null when the fact is absent).
 */
public record Subject(String id, String field, String path) {

    public static Subject of(String id) {
        return new Subject(id, null, null);
    }

    public static Subject of(String id, String field) {
        return new Subject(id, field, null);
    }

    public Subject withPath(String resolvedPath) {
        return new Subject(id, field, resolvedPath);
    }
}
