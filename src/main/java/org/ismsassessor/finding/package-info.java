/**
 * Findings: what an assessment concludes about one requirement or control, with the facts that show it
 * and the action recommended. Rules create them through {@code org.ismsassessor.engine.Findings}.
 */
package org.ismsassessor.finding;
