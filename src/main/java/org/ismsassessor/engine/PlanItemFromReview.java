package org.ismsassessor.engine;

/**
 * A derived fact: a risk treatment plan item that follows from a monitoring or review result (an audit or
 * one of its findings, a management review, a review or monitoring activity, an incident), named in its sourceIds.
 */
public record PlanItemFromReview(String itemId, String sourceId) {
}
