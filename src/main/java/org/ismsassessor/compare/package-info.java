/**
 * Comparing two assessments of one client over time (or, scores only, of two clients): findings resolved, new,
 * persisting and changed, readiness deltas, SoA status changes and regressions. Pure logic: reading inputs,
 * storing history and writing reports live elsewhere.
 */
package org.ismsassessor.compare;
