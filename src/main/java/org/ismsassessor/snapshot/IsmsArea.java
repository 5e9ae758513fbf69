package org.ismsassessor.snapshot;

/** An area or process of the ISMS that internal audits cover. */
public record IsmsArea(String id, String name, String owner, String importance) {
}
