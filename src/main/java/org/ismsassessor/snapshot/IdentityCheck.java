package org.ismsassessor.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks what the schema cannot: every entity id is unique across the whole snapshot, and every
 * reference names an existing entity of the right kind. Records the JSON path of each entity on the way.
 */
final class IdentityCheck {
    private static final String SOA_ENTRIES = "$.statementOfApplicability.entries";

    private final Set<String> annexControlIds;
    /** id -> top-level section where it is defined ("people", "risks", ...). */
    private final Map<String, String> sectionById = new HashMap<>();

    IdentityCheck(Set<String> annexControlIds) {
        this.annexControlIds = annexControlIds;
    }

    void check(JsonNode root, Map<String, String> paths, List<InputError> errors) {
        collectIds(root, "$", null, paths, errors);
        indexSoaEntries(root, paths, errors);
        for (References.Reference reference : References.ALL) {
            List<Located> values = new ArrayList<>();
            resolve(root, "$", reference.location().split("\\."), 0, values);
            for (Located value : values) {
                checkReference(value, reference.target(), errors);
            }
        }
    }

    private void collectIds(JsonNode node, String path, String section, Map<String, String> paths, List<InputError> errors) {
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && id.isString() && section != null) {
                String previous = paths.putIfAbsent(id.asString(), path);
                if (previous != null) {
                    errors.add(new InputError(path + ".id", "duplicate id '" + id.asString()
                            + "': ids must be unique across the snapshot, and it is already used at " + previous));
                } else {
                    sectionById.put(id.asString(), section);
                }
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                // Only objects hold ids: no path is built for a value (at 100,000 facts that was most of this check).
                if (field.getKey().startsWith("x-") || !field.getValue().isContainer()) {
                    continue;
                }
                collectIds(field.getValue(), path + "." + field.getKey(), section == null ? field.getKey() : section,
                        paths, errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainer()) {
                    collectIds(node.get(i), path + "[" + i + "]", section, paths, errors);
                }
            }
        }
    }

    private void indexSoaEntries(JsonNode root, Map<String, String> paths, List<InputError> errors) {
        JsonNode entries = root.path("statementOfApplicability").path("entries");
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String control = entries.get(i).path("control").asString("");
            String path = SOA_ENTRIES + "[" + i + "]";
            String previous = seen.putIfAbsent(control, path);
            if (previous != null) {
                errors.add(new InputError(path + ".control", "control " + control
                        + " appears twice in the Statement of Applicability; it is already at " + previous));
            } else {
                paths.putIfAbsent(control, path);
            }
        }
    }

    private record Located(String path, String value) {
    }

    private static void resolve(JsonNode node, String path, String[] steps, int step, List<Located> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (step == steps.length) {
            if (node.isString()) {
                out.add(new Located(path, node.asString()));
            }
            return;
        }
        String name = steps[step];
        boolean array = name.endsWith("[]");
        String field = array ? name.substring(0, name.length() - 2) : name;
        JsonNode child = node.get(field);
        if (child == null) {
            return;
        }
        String childPath = path + "." + field;
        if (array) {
            for (int i = 0; i < child.size(); i++) {
                resolve(child.get(i), childPath + "[" + i + "]", steps, step + 1, out);
            }
        } else {
            resolve(child, childPath, steps, step + 1, out);
        }
    }

    private void checkReference(Located value, References.Target target, List<InputError> errors) {
        if (target.annexControl()) {
            if (!annexControlIds.contains(value.value())) {
                errors.add(new InputError(value.path(), "'" + value.value() + "' is not " + target.describe()));
            }
            return;
        }
        String section = sectionById.get(value.value());
        if (section == null || !target.sections().contains(section)) {
            String found = section == null ? "no entity has this id" : "it is the id of an entry of " + section;
            errors.add(new InputError(value.path(), "unknown reference '" + value.value() + "': expected "
                    + target.describe() + ", but " + found));
        }
    }
}
