package org.ismsassessor.engine;

/**
 * One rule of the rule base: its name (the condition it detects), the requirement or control it checks
 * ({@code null} for derivation rules) and the file it comes from.
 */
public record RuleInfo(String name, String requirement, String file) {
}
