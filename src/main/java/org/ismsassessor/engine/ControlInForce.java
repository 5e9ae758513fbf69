package org.ismsassessor.engine;

/**
 * A derived fact: an Annex A control whose own data checks apply, because it is expected and the Statement of
 * Applicability does not exclude it, or because the Statement of Applicability selects it. Inserted logically by
 * the 2022 pack's {@code annex-a/new-in-2022.drl}; an excluded control is judged by the SoA rules instead.
 */
public record ControlInForce(String control) {
}
