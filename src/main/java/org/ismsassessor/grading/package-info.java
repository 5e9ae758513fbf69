/**
 * Grading policy as data: the grading table of each rule pack (one line per rule: base grade, escalation,
 * lateness, the element a root finding reports missing, what a finding needs, twins and groups) and the table of
 * ISMS elements (which are mandatory, which depend on which). The findings pass in {@code assessment} applies them.
 */
package org.ismsassessor.grading;
