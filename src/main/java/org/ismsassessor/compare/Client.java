package org.ismsassessor.compare;

/** A client in the history: the organization id its snapshots carry, and its latest name. */
public record Client(String id, String name) {
}
