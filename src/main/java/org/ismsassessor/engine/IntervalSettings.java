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
 * finally by the organization's own intervals stated in its snapshot.
 */
public final class IntervalSettings {
    private static final String DEFAULTS = "/config/intervals.json";

    private final Map<IntervalTopic, Interval> byTopic;

    private IntervalSettings(Map<IntervalTopic, Interval> byTopic) {
        this.byTopic = new EnumMap<>(byTopic);
    }

    public static IntervalSettings defaults() {
        try (InputStream in = IntervalSettings.class.getResourceAsStream(DEFAULTS)) {
            JsonNode root = JsonMapper.shared().readTree(in);
            Map<IntervalTopic, Interval> map = new EnumMap<>(IntervalTopic.class);
            List<InputError> errors = new ArrayList<>();
            apply(root.path("intervals"), "$.intervals", IntervalSource.DEFAULT, map, errors);
            if (!errors.isEmpty() || map.size() != IntervalTopic.values().length) {
                throw new IllegalStateException("Broken interval defaults " + DEFAULTS + ": " + errors);
            }
            return new IntervalSettings(map);
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
        return new IntervalSettings(map);
    }

    /** These settings with the organization's own intervals applied (from {@code organization.intervals}). */
    public IntervalSettings withOrganizationIntervals(Map<String, String> intervals) {
        Map<IntervalTopic, Interval> map = new EnumMap<>(byTopic);
        intervals.forEach((key, value) -> IntervalTopic.byKey(key).ifPresent(topic -> {
            try {
                map.put(topic, new Interval(topic, Period.parse(value), IntervalSource.ORGANIZATION));
            } catch (DateTimeParseException ignored) {
                // The snapshot schema only admits valid periods; an unparsable one cannot reach here.
            }
        }));
        return new IntervalSettings(map);
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
}
