package org.ismsassessor.engine;

/**
 * Derived: an asset the scope leaves out, and why (it is marked out of scope, an exclusion names it, or it sits at a
 * site outside the scope). Rules that check the scope boundary against processes and risks join on the asset id.
 */
public record OutsideScope(String assetId, String reason) {
}
