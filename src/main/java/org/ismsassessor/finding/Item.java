package org.ismsassessor.finding;

/**
 * One thing a grouped finding lists: the entity the rule raised it about, and the requirement or control it was
 * raised against (for a group of controls, each control; otherwise the finding's own requirement).
 */
public record Item(String subject, String requirement) {
}
