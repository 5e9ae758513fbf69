package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a merge changed, entry by entry and field by field: what {@code --dry-run} shows, and the counts the output
 * gives. An import never removes entries, so the changes are additions and changed fields.
 *
 * @param lines   {@code + accounts AST-1:ada@example.com} for an entry added, {@code ~ vulnerabilities VUL-1: status
 *                open -> remediated} for one changed, {@code ~ formatVersion: 1.0 -> 1.1} for a field of the snapshot
 * @param added   how many entries were added
 * @param changed how many entries were changed (the snapshot's own fields are listed, not counted)
 */
public record Changes(List<String> lines, int added, int changed) {

    static Changes between(JsonNode before, JsonNode after) {
        List<String> lines = new ArrayList<>();
        int added = 0;
        int changed = 0;
        for (var field : after.properties()) {
            String key = field.getKey();
            JsonNode now = field.getValue();
            JsonNode was = before.get(key);
            if (now.isArray() && (was == null || was.isArray())) {
                Map<String, JsonNode> earlier = new LinkedHashMap<>();
                if (was != null) {
                    was.forEach(e -> earlier.put(e.path("id").asString(""), e));
                }
                for (JsonNode entry : now) {
                    String id = entry.path("id").asString("");
                    JsonNode old = earlier.get(id);
                    if (old == null) {
                        lines.add("+ " + key + " " + id);
                        added++;
                    } else if (!old.equals(entry)) {
                        lines.add("~ " + key + " " + id + ": " + String.join(", ", fields(old, entry)));
                        changed++;
                    }
                }
            } else if (was == null) {
                lines.add("+ " + key + ": " + show(now));
            } else if (!was.equals(now)) {
                lines.add("~ " + key + ": " + show(was) + " -> " + show(now));
            }
        }
        return new Changes(List.copyOf(lines), added, changed);
    }

    private static List<String> fields(JsonNode old, JsonNode now) {
        Set<String> names = new LinkedHashSet<>();
        old.propertyNames().forEach(names::add);
        now.propertyNames().forEach(names::add);
        List<String> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode was = old.get(name);
            JsonNode is = now.get(name);
            if (was == null || is == null || !was.equals(is)) {
                changes.add(name + " " + show(was) + " -> " + show(is));
            }
        }
        return changes;
    }

    private static String show(JsonNode value) {
        if (value == null) {
            return "(none)";
        }
        return value.isString() ? value.asString() : value.toString();
    }

    public boolean none() {
        return lines.isEmpty();
    }
}
