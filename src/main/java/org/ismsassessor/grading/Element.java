package org.ismsassessor.grading;

import java.util.List;

/**
 * An element of the ISMS as the snapshot holds it (a section): whether certification needs it, and which
 * elements it is built from.
 *
 * @param foldedWhenBare in a bare snapshot (the organization profile only), its absence is folded into the first
 *                       missing mandatory element rather than raised on its own
 */
public record Element(String name, String label, boolean mandatory, List<String> dependsOn, boolean foldedWhenBare) {

    public Element {
        dependsOn = List.copyOf(dependsOn);
    }
}
