package org.ismsassessor.engine;

import org.ismsassessor.snapshot.ManagementReview;

/**
 * A derived fact: the management review held most recently on or before the assessment date, the one whose
 * inputs, outputs and conclusions clause 7 (and 5.1.h, 5.2.1.e) read.
 */
public record MostRecentManagementReview(ManagementReview review) {
}
