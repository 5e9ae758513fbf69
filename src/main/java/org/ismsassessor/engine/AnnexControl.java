package org.ismsassessor.engine;

/** A fact: one Annex A control of the catalogue, with the characteristic that makes it expected. */
public record AnnexControl(String id, String domain, String expectedWhen) {

    public boolean alwaysExpected() {
        return org.ismsassessor.catalogue.Control.ALWAYS.equals(expectedWhen);
    }
}
