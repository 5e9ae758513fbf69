package org.ismsassessor.engine;

/**
 * One rule of the rule base: its name (the condition it detects), the requirement or control it checks
 * ({@code null} for derivation rules and for rules checking each control) and the file it comes from.
 *
 * @param eachControl the rule declares {@code @control("each")}: it makes one check for every Annex A
 *                    control, and each of its findings is against the control it is about
 */
public record RuleInfo(String name, String requirement, String file, boolean eachControl) {
}
