package org.ismsassessor.engine;

/** The text of one DRL file and the name it is reported under (e.g. {@code rules/iso27001-2005/clause-6.drl}). */
record RuleSource(String name, String text) {
}
