package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The people of a snapshot, found by e-mail or by name (regardless of case and spacing), for matching. */
final class People {
    private final Map<String, String> byEmail = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();

    People(JsonNode people) {
        for (JsonNode person : people) {
            String id = person.path("id").asString(null);
            if (id == null) {
                continue;
            }
            add(id, person.path("email").asString(null), person.path("name").asString(null));
        }
    }

    void add(String id, String email, String name) {
        if (email != null) {
            byEmail.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), id);
        }
        if (name != null) {
            List<String> ids = byName.computeIfAbsent(normal(name), n -> new ArrayList<>());
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    String byEmail(String email) {
        return email == null ? null : byEmail.get(email.strip().toLowerCase(Locale.ROOT));
    }

    /** Everyone of that name: one id when the name is unambiguous. */
    List<String> byName(String name) {
        return name == null ? List.of() : byName.getOrDefault(normal(name), List.of());
    }

    static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
