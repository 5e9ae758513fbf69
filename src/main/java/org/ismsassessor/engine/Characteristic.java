package org.ismsassessor.engine;

/**
 * A fact: one organization characteristic of the catalogue and its value, {@code null} when the
 * snapshot does not say (unknown is neither true nor false).
 */
public record Characteristic(String name, Boolean value) {

    public boolean holds() {
        return Boolean.TRUE.equals(value);
    }

    public boolean unknown() {
        return value == null;
    }
}
