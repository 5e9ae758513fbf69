package org.ismsassessor.engine;

/**
 * A derived fact: some follow-up record (an action, improvement, treatment plan item or management decision)
 * names this id, e.g. a management review or an audit finding, as its source (5.2.1.e).
 */
public record FollowUpOf(String sourceId) {
}
