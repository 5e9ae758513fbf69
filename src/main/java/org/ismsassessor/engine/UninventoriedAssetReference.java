package org.ismsassessor.engine;

/**
 * A derived fact (A.7.1.1): an asset recorded as outside the official inventory, and the entry (risk,
 * account, back-up, supplier) whose {@code field} refers to it.
 */
public record UninventoriedAssetReference(String assetId, String referrerId, String field) {
}
