package org.ismsassessor.engine;

import java.time.Period;
import org.ismsassessor.snapshot.Account;

/**
 * A fact derived by the A.11 rules: the interval at which an enabled account's access rights are to be reviewed,
 * the privileged one ('access-review-privileged') or the ordinary one ('access-review'), and which of the two
 * ({@code kind}, "privileged" or "ordinary") for explanations.
 */
public record AccessReviewPeriod(Account account, Period period, String kind) {
}
