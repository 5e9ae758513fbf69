package org.ismsassessor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ismsassessor.snapshot.InputError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intervals in force: documented defaults, optionally overridden by a user's file for a run, and
 * finally by the organization's own intervals stated in its snapshot. An organization's interval longer than
 * the topic's bound (the most an auditor would accept, {@code bounds} in the defaults file) is replaced by the
 * bound, and kept as an {@link IntervalBeyondBound} for the rules to report.
 */
public final class IntervalSettings {
    private static final String DEFAULTS = "/config/intervals.json";

    private final Map<IntervalTopic, Interval> byTopic;
    private final Map<IntervalTopic, IntervalBound> bounds;
    private final List<IntervalBeyondBound> beyondBounds;

    private IntervalSettings(Map<IntervalTopic, Interval> byTopic, Map<IntervalTopic, IntervalBound> bounds,
            List<IntervalBeyondBound> beyondBounds) {
        this.byTopic = new EnumMap<>(byTopic);
        this.bounds = bounds.isEmpty() ? Map.of() : new EnumMap<>(bounds);
        this.beyondBounds = List.copyOf(beyondBounds);
    }

    public static IntervalSettings defaults() {
        try (InputStream in = IntervalSettings.class.getResourceAsStream(DEFAULTS)) {
            JsonNode root = JsonMapper.shared().readTree(in);
            Map<IntervalTopic, Interval> map = new EnumMap<>(IntervalTopic.class);
            List<InputError> errors = new ArrayList<>();
            apply(root.path("intervals"), "$.intervals", IntervalSource.DEFAULT, map, errors);
            Map<IntervalTopic, IntervalBound> bounds = bounds(root.path("bounds"), errors);
            if (!errors.isEmpty() || map.size() != IntervalTopic.values().length
                    || bounds.size() != IntervalTopic.values().length) {
                throw new IllegalStateException("Broken interval defaults " + DEFAULTS + " (every topic needs an"
                        + " interval and a bound): " + errors);
            }
            map.values().stream().filter(i -> bounds.get(i.topic()).exceededBy(i.period())).findFirst().ifPresent(i -> {
                throw new IllegalStateException("Broken interval defaults " + DEFAULTS + ": the default of "
                        + i.topic().key() + " is beyond its own bound");
            });
            return new IntervalSettings(map, bounds, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These settings with a user's override file applied; errors name the path in that file. */
    public IntervalSettings overriddenBy(Path file, List<InputError> errors) {
        Map<IntervalTopic, Interval> map = new EnumMap<>(byTopic);
        try {
            JsonNode root = JsonMapper.shared().readTree(Files.readAllBytes(file));
            JsonNode intervals = root.has("intervals") ? root.get("intervals") : root;
            apply(intervals, root.has("intervals") ? "$.intervals" : "$", IntervalSource.OVERRIDE, map, errors);
        } catch (IOException | JacksonException e) {
            errors.add(new InputError("$", "cannot read intervals file " + file + ": " + e.getMessage()));
        }
        return new IntervalSettings(map, bounds, beyondBounds);
    }

    /** These settings with the organization's own intervals applied (from {@code organization.intervals}). */
    public IntervalSettings withOrganizationIntervals(Map<String, String> intervals) {
        Map<IntervalTopic, Interval> map = new EnumMap<>(byTopic);
        List<IntervalBeyondBound> beyond = new ArrayList<>(beyondBounds);
        intervals.forEach((key, value) -> IntervalTopic.byKey(key).ifPresent(topic -> {
            try {
                Period stated = Period.parse(value);
                IntervalBound bound = bounds.get(topic);
                if (bound != null && bound.exceededBy(stated)) {
                    // The rules judge by the bound; the stated interval is itself reported (IntervalBeyondBound).
                    beyond.add(new IntervalBeyondBound(topic, stated, bound.max(), bound.reason()));
                    map.put(topic, new Interval(topic, bound.max(), IntervalSource.ORGANIZATION));
                } else {
                    map.put(topic, new Interval(topic, stated, IntervalSource.ORGANIZATION));
                }
            } catch (DateTimeParseException ignored) {
                // The snapshot schema only admits valid periods; an unparsable one cannot reach here.
            }
        }));
        beyond.sort(java.util.Comparator.comparing(IntervalBeyondBound::topic));
        return new IntervalSettings(map, bounds, beyond);
    }

    private static Map<IntervalTopic, IntervalBound> bounds(JsonNode bounds, List<InputError> errors) {
        Map<IntervalTopic, IntervalBound> map = new EnumMap<>(IntervalTopic.class);
        if (!bounds.isObject()) {
            errors.add(new InputError("$.bounds", "expected an object of interval topics to their bounds"));
            return map;
        }
        for (Map.Entry<String, JsonNode> entry : bounds.properties()) {
            String path = "$.bounds." + entry.getKey();
            var topic = IntervalTopic.byKey(entry.getKey());
            String reason = entry.getValue().path("reason").asString("");
            if (topic.isEmpty() || reason.isBlank()) {
                errors.add(new InputError(path, "expected a known topic with a max period and its reason"));
                continue;
            }
            try {
                map.put(topic.get(), new IntervalBound(topic.get(), Period.parse(entry.getValue().path("max").asString("")), reason));
            } catch (DateTimeParseException e) {
                errors.add(new InputError(path + ".max", "expected an ISO-8601 period"));
            }
        }
        return map;
    }

    private static void apply(JsonNode intervals, String base, IntervalSource source, Map<IntervalTopic, Interval> map,
            List<InputError> errors) {
        if (!intervals.isObject()) {
            errors.add(new InputError(base, "expected an object of interval topics to ISO-8601 periods"));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : intervals.properties()) {
            String path = base + "." + entry.getKey();
            var topic = IntervalTopic.byKey(entry.getKey());
            if (topic.isEmpty()) {
                errors.add(new InputError(path, "unknown interval topic; expected one of " + keys()));
                continue;
            }
            try {
                map.put(topic.get(), new Interval(topic.get(), Period.parse(entry.getValue().asString()), source));
            } catch (DateTimeParseException e) {
                errors.add(new InputError(path, "expected an ISO-8601 period such as P12M or P30D, got '"
                        + entry.getValue().asString() + "'"));
            }
        }
    }

    private static List<String> keys() {
        return java.util.Arrays.stream(IntervalTopic.values()).map(IntervalTopic::key).toList();
    }

    public Interval get(IntervalTopic topic) {
        return byTopic.get(topic);
    }

    /** Every interval in force, in the order of {@link IntervalTopic}. */
    public List<Interval> all() {
        return List.copyOf(byTopic.values());
    }

    /** The most an auditor would accept for a topic. */
    public IntervalBound bound(IntervalTopic topic) {
        return bounds.get(topic);
    }

    /** The organization's intervals that were longer than their bound (the bound is in force instead). */
    public List<IntervalBeyondBound> beyondBounds() {
        return beyondBounds;
    }
}
