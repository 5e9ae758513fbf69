package org.ismsassessor.transition;

import java.util.Map;

/**
 * The ids of one edition a mapping may name, in the standard's order, with their titles: its Annex A controls
 * (and the theme or domain each belongs to) and its clause ids.
 */
public record EditionIds(String edition, String title, Map<String, String> controls, Map<String, String> groups,
        Map<String, String> clauses) {

    public EditionIds {
        controls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(controls));
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        clauses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clauses));
    }

    public String controlTitle(String id) {
        return controls.getOrDefault(id, id);
    }

    /** The theme (2022) or domain (2005, 2013) of a control, or an empty text. */
    public String group(String id) {
        return groups.getOrDefault(id, "");
    }

    public String clauseTitle(String id) {
        return clauses.getOrDefault(id, id);
    }

    /** The first and the last control id, for messages ({@code A.5.1 .. A.8.34}). */
    String controlRange() {
        var ids = java.util.List.copyOf(controls.keySet());
        return ids.isEmpty() ? "none" : ids.get(0) + " .. " + ids.get(ids.size() - 1);
    }
}
