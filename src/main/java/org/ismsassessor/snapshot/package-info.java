/**
 * The organization snapshot: the immutable facts an assessment reads, how they are loaded from JSON,
 * and how bad input is reported. Free of Drools and Spring.
 */
package org.ismsassessor.snapshot;
