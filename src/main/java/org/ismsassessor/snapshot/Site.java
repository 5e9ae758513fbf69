package org.ismsassessor.snapshot;

/** A place where the organization works or keeps assets (format 1.1): an office, a data centre, a warehouse. */
public record Site(
        String id,
        String name,
        String address,
        Boolean inScope) {
}
