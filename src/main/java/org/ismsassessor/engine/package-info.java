/**
 * The rule engine: builds the rule base once from DRL, turns a snapshot into facts, runs a fresh session
 * per assessment and reads the findings and the derived applicability of the Annex A controls back. The
 * only package that talks to Drools.
 */
package org.ismsassessor.engine;
