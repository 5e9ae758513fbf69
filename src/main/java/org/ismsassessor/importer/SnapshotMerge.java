package org.ismsassessor.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ismsassessor.snapshot.InputError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The snapshot an export is merged into, with what the import found on the way: problems that stop it (errors),
 * and what was read but could not be mapped or matched (notes, listed in the output, never dropped silently).
 *
 * <p>Entries are changed where they stand and new ones appended, and a field is only written with a value: so the
 * snapshot's order and every field the export does not speak of are kept, and the same export merged again gives the
 * same bytes.
 */
final class SnapshotMerge {
    final ObjectNode snapshot;
    final String name;
    final List<InputError> errors = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** How many items (accounts, people, vulnerabilities) the export held. */
    int read;
    /** True once a field of format 1.1 was written: the snapshot then says it is 1.1. */
    boolean formatOneOne;
    /** Where in the export each entry written comes from, so that the loader's complaints about it can say. */
    private final java.util.IdentityHashMap<JsonNode, String> sources = new java.util.IdentityHashMap<>();
    private final Map<String, Map<String, ObjectNode>> indexes = new HashMap<>();

    SnapshotMerge(ObjectNode snapshot, String name) {
        this.snapshot = snapshot;
        this.name = name;
    }

    void error(String place, String message) {
        InputError error = new InputError(place, message);
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    void note(String place, String message) {
        notes.add(place + ": " + message);
    }

    /** The list of a section, created empty at the end of the snapshot when it has none. */
    ArrayNode list(String section) {
        JsonNode list = snapshot.get(section);
        if (list instanceof ArrayNode array) {
            return array;
        }
        ArrayNode created = snapshot.arrayNode();
        if (list != null && !list.isNull()) {
            // Never replace what the snapshot has: the import fails, and the snapshot keeps its (invalid) section.
            error("$." + section, list.path("exists").isBoolean()
                    ? "the snapshot merged into states it has no " + section + " ({\"exists\": false}), but the export"
                            + " lists some; replace that statement with the list (e.g. []) to import them"
                    : "expected a list of " + section + " in the snapshot merged into, not "
                            + list.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return created;
        }
        snapshot.set(section, created);
        return created;
    }

    /** The entry of a section with this id (the first, should the snapshot have it twice). */
    Optional<ObjectNode> find(String section, String id) {
        return Optional.ofNullable(index(section).get(id));
    }

    /** A new entry with this id, appended to its section. */
    ObjectNode add(String section, String id) {
        ObjectNode entry = list(section).addObject();
        entry.put("id", id);
        index(section).putIfAbsent(id, entry);
        return entry;
    }

    // Entries are found by id once per item of an export: indexed, as exports and snapshots run to thousands.
    private Map<String, ObjectNode> index(String section) {
        return indexes.computeIfAbsent(section, s -> {
            Map<String, ObjectNode> byId = new HashMap<>();
            for (JsonNode entry : snapshot.path(s)) {
                String id = entry.path("id").asString(null);
                if (entry instanceof ObjectNode object && id != null) {
                    byId.putIfAbsent(id, object);
                }
            }
            return byId;
        });
    }

    /** The entry as written from this place of the export. */
    ObjectNode from(ObjectNode entry, String place) {
        sources.put(entry, place);
        return entry;
    }

    /**
     * Where an entry of the merged snapshot came from in the export, given a JSON path into it
     * ({@code $.people[40].leftOn}); null for what the snapshot merged into already had.
     */
    String sourceOf(String path) {
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("^\\$\\.([A-Za-z]+)\\[(\\d+)\\]").matcher(path);
        if (!entry.find()) {
            return null;
        }
        JsonNode node = snapshot.path(entry.group(1)).path(Integer.parseInt(entry.group(2)));
        return sources.get(node);
    }

    boolean hasAsset(String id) {
        return find("assets", id).isPresent();
    }

    static void set(ObjectNode entry, String field, String value) {
        if (value != null) {
            entry.put(field, value);
        }
    }

    static void set(ObjectNode entry, String field, LocalDate value) {
        if (value != null) {
            entry.put(field, value.toString());
        }
    }

    static void set(ObjectNode entry, String field, Boolean value) {
        if (value != null) {
            entry.put(field, value);
        }
    }

    static LocalDate date(JsonNode entry, String field) {
        String text = entry.path(field).asString(null);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
