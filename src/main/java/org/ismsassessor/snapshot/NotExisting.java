package org.ismsassessor.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Format 1.1's statement that a section does not exist: {@code "auditProgramme": {"exists": false}}. Leaving a section
 * out says only that the snapshot does not show it (a gap); stating it does not exist is the organization's own word
 * that it has none (for a mandatory element, a major nonconformity). Read before the schema pass: a list section stated
 * not to exist becomes an empty list ("provided, and there are none"); a single section is taken out of the tree and
 * named in {@link Snapshot#notExisting()}, so each check sees exactly one form.
 */
final class NotExisting {
    private static final String EXISTS = "exists";

    private NotExisting() {
    }

    /** Every property of the snapshot schema that holds a section, not a value of the snapshot itself. */
    static boolean isSection(String name, JsonNode schemaProperty) {
        return !name.equals("organization") && (schemaProperty.has("anyOf"));
    }

    /**
     * Takes the statements out of the tree, naming the sections stated not to exist (sorted), and adds an error for a
     * statement that says something else ({"exists": true}, or "exists" beside the section's content).
     */
    static List<String> extract(ObjectNode tree, Map<String, Boolean> sections, List<InputError> errors) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Boolean> section : sections.entrySet()) {
            String name = section.getKey();
            JsonNode value = tree.get(name);
            if (value == null || !value.isObject() || !value.has(EXISTS)) {
                continue;
            }
            JsonNode exists = value.get(EXISTS);
            if (value.size() == 1 && exists.isBoolean() && !exists.booleanValue()) {
                names.add(name);
                if (section.getValue()) {
                    tree.putArray(name);
                } else {
                    tree.remove(name);
                }
            } else {
                errors.add(new InputError("$." + name + "." + EXISTS, "\"exists\" is only used alone, as {\"exists\": false},"
                        + " to state that the organization has no " + name + "; when it exists, give its content"
                        + (section.getValue() ? " (a list)" : " (an object)") + " without \"exists\""));
                // Reported once, here; the rest of the section is still checked by the schema pass.
                ((ObjectNode) value).remove(EXISTS);
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }
}
