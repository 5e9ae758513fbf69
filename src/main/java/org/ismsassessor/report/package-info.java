/** Writes assessment results for people (text summary) and machines (JSON). */
package org.ismsassessor.report;
