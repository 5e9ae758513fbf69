package org.ismsassessor.transition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ismsassessor.transition.TransitionReport.ControlTransition;
import org.ismsassessor.transition.TransitionReport.Outcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 2005 snapshot re-expressed in ISO/IEC 27001:2022 terms, so that the 2022 rule pack can assess it: the edition set
 * to {@code iso27001-2022}, every control reference (risks' controls, treatment plan, metrics, documents and
 * activities) replaced by the 2022 controls it reaches (each once; a control whose mapping ends is dropped), and the
 * SoA rebuilt with one entry per 2022 control whose decision the transition carries over. Controls whose merged
 * sources are all applicable and differ only in status get one entry with the least advanced status (what the
 * organization can show for all of them); every other control needing a new decision is left out, so the 2022 pack
 * reports it as undecided rather than assuming a decision nobody took. Everything else is kept as it is.
 */
public final class SnapshotIn2022 {
    /** The status words from most to least advanced. */
    private static final List<String> STATUS_ORDER = List.of("implemented", "partial", "planned", "not-implemented");
    private static final List<String> LIST_FIELDS_OF_CONTROLS = List.of("controls", "controlIds");
    private static final List<String> SECTIONS_WITH_CONTROLS = List.of("risks", "treatmentPlan", "metrics", "documents",
            "activities");

    private SnapshotIn2022() {
    }

    /**
     * @param snapshot the 2005 snapshot as loaded JSON (not changed)
     * @param transition the transition report of its SoA, which says which decisions carry over
     */
    public static ObjectNode of(JsonNode snapshot, ControlMap map, TransitionReport transition) {
        ObjectNode copy = (ObjectNode) snapshot.deepCopy();
        copy.put("edition", Transition.TARGET);
        for (String section : SECTIONS_WITH_CONTROLS) {
            if (copy.get(section) instanceof ArrayNode entries) {
                for (JsonNode entry : entries) {
                    if (entry instanceof ObjectNode object) {
                        LIST_FIELDS_OF_CONTROLS.forEach(field -> remap(object, field, map));
                    }
                }
            }
        }
        if (copy.get("statementOfApplicability") instanceof ObjectNode soa && soa.get("entries") instanceof ArrayNode) {
            soa.set("entries", entries((ArrayNode) soa.get("entries"), transition));
        }
        return copy;
    }

    private static void remap(ObjectNode entry, String field, ControlMap map) {
        if (!(entry.get(field) instanceof ArrayNode ids)) {
            return;
        }
        List<String> earlier = new ArrayList<>();
        ids.forEach(id -> earlier.add(id.asString()));
        ArrayNode mapped = entry.putArray(field);
        map.targets(earlier).forEach(mapped::add);
    }

    private static ArrayNode entries(ArrayNode earlier, TransitionReport transition) {
        Map<String, ObjectNode> byControl = new java.util.LinkedHashMap<>();
        for (JsonNode entry : earlier) {
            if (entry instanceof ObjectNode object && object.hasNonNull("control")) {
                byControl.putIfAbsent(object.get("control").asString(), object);
            }
        }
        ArrayNode entries = earlier.arrayNode();
        for (ControlTransition control : transition.controls()) {
            // A source of 2013 (a part that came then) has no entry in a 2005 SoA, whatever ids the two editions share.
            List<ObjectNode> sources = control.sources().stream().map(s -> Transition.EARLIEST.equals(s.edition())
                    ? byControl.get(s.control()) : null).toList();
            String status = statusOf(control, sources);
            if (status == null) {
                continue;
            }
            ObjectNode entry = sources.get(0).deepCopy();
            entry.put("control", control.control());
            if (!status.isEmpty()) {
                entry.put("status", status);
            }
            union(entry, sources, "riskIds");
            union(entry, sources, "requirementIds");
            entries.add(entry);
        }
        return entries;
    }

    /**
     * The status the 2022 entry gets: empty to keep the first source's (a carried decision), the least advanced status
     * of applicable sources that differ only in status, or null when the control is left out of the SoA.
     */
    private static String statusOf(ControlTransition control, List<ObjectNode> sources) {
        if (control.outcome() == Outcome.CARRIES_OVER) {
            return "";
        }
        if (sources.isEmpty() || sources.stream().anyMatch(s -> s == null || !s.path("applicable").asBoolean(false)
                || !STATUS_ORDER.contains(s.path("status").asString("")))) {
            return null;
        }
        return sources.stream().map(s -> s.get("status").asString())
                .max(java.util.Comparator.comparingInt(STATUS_ORDER::indexOf)).orElseThrow();
    }

    private static void union(ObjectNode entry, List<ObjectNode> sources, String field) {
        Set<String> ids = new LinkedHashSet<>();
        sources.forEach(s -> s.path(field).forEach(id -> ids.add(id.asString())));
        if (!ids.isEmpty()) {
            ArrayNode list = entry.putArray(field);
            ids.forEach(list::add);
        }
    }
}
