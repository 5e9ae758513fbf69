package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks what is impossible whatever day the snapshot describes, once the schema has passed: an entry whose end
 * comes before its start (a person who left before starting, a period that ends before it begins), a role that
 * conflicts with itself, and entries that come, directly or through others, from themselves (sourceId, sourceIds).
 *
 * <p>It does not compare dates with the day of the assessment, which the loader does not know (it is given to the
 * assessment, {@code --date}); nor the orders that are nonconformities rather than impossibilities (a change
 * implemented before it was approved, a person screened after starting): the rules report those as findings.
 */
final class ConsistencyCheck {

    /** Two dates of one entry of a section where the second may not come before the first. */
    private record Order(String section, String earlier, String later, String reason) {
    }

    private static final List<Order> ORDERS = List.of(
            new Order("people", "startedOn", "leftOn", "a person cannot leave before starting"),
            new Order("accounts", "createdOn", "disabledOn", "an account cannot be disabled before it is created"),
            new Order("vulnerabilities", "discoveredOn", "remediatedOn", "a vulnerability cannot be remediated before it is found"),
            new Order("resources", "periodFrom", "periodTo", "a period cannot end before it starts"),
            new Order("activities", "periodFrom", "periodTo", "a period cannot end before it starts"),
            new Order("actions", "raisedOn", "closedOn", "an action cannot be closed before it is raised"));

    /** The sections whose entries name where they come from, and the field that says it. */
    private static final Map<String, String> SOURCES = Map.of(
            "actions", "sourceId", "improvements", "sourceId", "treatmentPlan", "sourceIds");

    private ConsistencyCheck() {
    }

    static void check(JsonNode root, List<InputError> errors) {
        for (Order order : ORDERS) {
            JsonNode entries = root.path(order.section());
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                LocalDate earlier = date(entry.path(order.earlier()));
                LocalDate later = date(entry.path(order.later()));
                if (earlier != null && later != null && later.isBefore(earlier)) {
                    errors.add(new InputError("$." + order.section() + "[" + i + "]." + order.later(), order.later() + " "
                            + later + " is before " + order.earlier() + " " + earlier + ": " + order.reason()));
                }
            }
        }
        checkIncidents(root.path("incidents"), errors);
        checkRoles(root.path("roles"), errors);
        checkSources(root, errors);
    }

    private static void checkIncidents(JsonNode incidents, List<InputError> errors) {
        for (int i = 0; i < incidents.size(); i++) {
            JsonNode incident = incidents.get(i);
            String path = "$.incidents[" + i + "].";
            OffsetDateTime detected = dateTime(incident.path("detectedAt"));
            OffsetDateTime reported = dateTime(incident.path("reportedAt"));
            LocalDate closed = date(incident.path("closedOn"));
            if (detected != null && reported != null && reported.toInstant().isBefore(detected.toInstant())) {
                errors.add(new InputError(path + "reportedAt", "reportedAt " + incident.path("reportedAt").asString()
                        + " is before detectedAt " + incident.path("detectedAt").asString()
                        + ": an event cannot be reported before it is detected"));
            }
            // The day of detection where it was detected: closing on that day, in that offset, is possible.
            if (detected != null && closed != null && closed.isBefore(detected.toLocalDate())) {
                errors.add(new InputError(path + "closedOn", "closedOn " + closed + " is before the day of detectedAt "
                        + incident.path("detectedAt").asString() + ": an incident cannot be closed before it is detected"));
            }
        }
    }

    private static void checkRoles(JsonNode roles, List<InputError> errors) {
        for (int i = 0; i < roles.size(); i++) {
            JsonNode role = roles.get(i);
            JsonNode conflicts = role.path("conflictsWith");
            for (int j = 0; j < conflicts.size(); j++) {
                if (conflicts.get(j).isString() && conflicts.get(j).asString().equals(role.path("id").asString(null))) {
                    errors.add(new InputError("$.roles[" + i + "].conflictsWith[" + j + "]", "role '"
                            + SchemaMessages.quote(role.path("id").asString()) + "' cannot conflict with itself: list the"
                            + " other roles that the same person must not hold"));
                }
            }
        }
    }

    /** An entry that names where it comes from, and the paths of those references. */
    private record Node(String id, List<String> sources, List<String> paths) {
    }

    /** Entries that come from themselves, directly or through others: found with a depth-first search, iteratively. */
    private static void checkSources(JsonNode root, List<InputError> errors) {
        Map<String, Node> nodes = new HashMap<>();
        List<Node> ordered = new ArrayList<>();
        for (String section : List.of("treatmentPlan", "actions", "improvements")) {
            JsonNode entries = root.path(section);
            String field = SOURCES.get(section);
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                String id = entry.path("id").asString(null);
                if (id == null || nodes.containsKey(id)) {
                    continue;
                }
                List<String> sources = new ArrayList<>();
                List<String> paths = new ArrayList<>();
                String base = "$." + section + "[" + i + "]." + field;
                JsonNode value = entry.path(field);
                if (value.isString()) {
                    sources.add(value.asString());
                    paths.add(base);
                } else if (value.isArray()) {
                    for (int j = 0; j < value.size(); j++) {
                        if (value.get(j).isString()) {
                            sources.add(value.get(j).asString());
                            paths.add(base + "[" + j + "]");
                        }
                    }
                }
                Node node = new Node(id, sources, paths);
                nodes.put(id, node);
                ordered.add(node);
            }
        }
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: done
        for (Node start : ordered) {
            if (state.containsKey(start.id())) {
                continue;
            }
            Deque<Node> stack = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            stack.push(start);
            next.push(0);
            state.put(start.id(), 1);
            while (!stack.isEmpty()) {
                Node node = stack.peek();
                int edge = next.pop();
                if (edge == node.sources().size()) {
                    state.put(node.id(), 2);
                    stack.pop();
                    continue;
                }
                next.push(edge + 1);
                Node target = nodes.get(node.sources().get(edge));
                if (target == null) {
                    continue;
                }
                Integer seen = state.get(target.id());
                if (seen == null) {
                    state.put(target.id(), 1);
                    stack.push(target);
                    next.push(0);
                } else if (seen == 1) {
                    errors.add(new InputError(node.paths().get(edge), cycle(stack, target)));
                }
            }
        }
    }

    private static String cycle(Deque<Node> stack, Node target) {
        if (stack.peek() == target) {
            return "'" + SchemaMessages.quote(target.id()) + "' names itself as its source: an entry cannot come from itself";
        }
        List<String> chain = new ArrayList<>();
        boolean inCycle = false;
        for (var it = stack.descendingIterator(); it.hasNext(); ) {
            Node node = it.next();
            inCycle |= node == target;
            if (inCycle) {
                chain.add("'" + SchemaMessages.quote(node.id()) + "'");
            }
        }
        chain.add("'" + SchemaMessages.quote(target.id()) + "'");
        return "circular sources: " + chain.get(0) + " comes from "
                + String.join(", which comes from ", chain.subList(1, chain.size()))
                + "; an entry cannot come, through others, from itself";
    }

    private static LocalDate date(JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime dateTime(JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
