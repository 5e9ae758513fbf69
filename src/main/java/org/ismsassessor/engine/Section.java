package org.ismsassessor.engine;

/**
 * A fact: whether a top-level section of the snapshot was provided and how many entries it holds, so
 * rules can tell "not provided" (a gap) from "provided and empty" (possibly a nonconformity).
 */
public record Section(String name, boolean provided, int size) {

}
