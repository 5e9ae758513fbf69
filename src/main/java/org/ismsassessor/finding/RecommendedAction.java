package org.ismsassessor.finding;

/** What to do about a finding, how urgently, and which role should own it. */
public record RecommendedAction(String action, Priority priority, String ownerRole) {
}
