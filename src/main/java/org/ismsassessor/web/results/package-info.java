/**
 * Submitting snapshots, storing every result by id with the client's per-day history, and reading results,
 * histories, comparisons and the portfolio, each limited to the clients the caller is granted.
 */
package org.ismsassessor.web.results;
