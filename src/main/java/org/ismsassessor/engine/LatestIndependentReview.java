package org.ismsassessor.engine;

import org.ismsassessor.snapshot.Activity;

/**
 * A derived fact (A.6.1.8): the independent review of information security in force, i.e. the latest dated
 * one. Kept as a Java type rather than a DRL declaration so the rule base still resolves it when another
 * DRL file fails to parse.
 */
public record LatestIndependentReview(Activity activity) {
}
