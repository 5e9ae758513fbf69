package org.ismsassessor.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.ismsassessor.engine.IntervalTopic;
import org.ismsassessor.snapshot.SnapshotLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The snapshot format's own vocabulary, read from its JSON Schema: the field and section names ({@code recordId},
 * {@code externalParties}) and the listed values ({@code audit-results}) a rule's text may mention, and the words a
 * reader gets instead: "record id", "external parties", "audit results", the words of the ISMS workbook's column
 * labels (see {@code workbook.Layout}), so that a client finds the field a finding names in the sheet they fill in.
 */
final class FieldWords {
    /** Listed values that are English words written with a hyphen ("third-party users"): left as written. */
    private static final Set<String> ENGLISH = Set.of("third-party");
    // After ENGLISH, which the constructor reads.
    private static final FieldWords INSTANCE = new FieldWords(readSchema());

    private final Set<String> keys = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    private FieldWords(JsonNode schema) {
        collect(schema);
        // Interval topics are configuration keys of the same kind ("leaver-grace"), named in texts about intervals.
        Arrays.stream(IntervalTopic.values()).map(IntervalTopic::key).forEach(codes::add);
        codes.removeAll(ENGLISH);
    }

    static FieldWords of() {
        return INSTANCE;
    }

    /** True for a field or section name of the format written in camel case ({@code lastReviewedOn}). */
    boolean isCamelCaseKey(String token) {
        return keys.contains(token) && !token.equals(token.toLowerCase(Locale.ROOT));
    }

    /** True for any field or section name of the format ({@code policy}, {@code documentId}). */
    boolean isKey(String token) {
        return keys.contains(token);
    }

    /** True for a listed value of the format or an interval topic written with hyphens ({@code audit-results}). */
    boolean isCode(String token) {
        return codes.contains(token);
    }

    /**
     * The words of a key or code in lower case: {@code lastReviewedOn} gives "last reviewed on",
     * {@code audit-results} "audit results"; ISMS and SoA keep their capitals.
     */
    static String words(String key) {
        String spaced = key.replace('-', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.replaceAll("\\bisms\\b", "ISMS").replaceAll("\\bsoa\\b", "SoA");
    }

    private void collect(JsonNode node) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (entry.getKey().equals("properties") && entry.getValue().isObject()) {
                    entry.getValue().properties().forEach(p -> keys.add(p.getKey()));
                }
                if (entry.getKey().equals("enum") && entry.getValue().isArray()) {
                    for (JsonNode value : entry.getValue()) {
                        // Only hyphenated values read as codes; a value with digits is an identifier (the edition).
                        if (value.isString() && value.asString().contains("-") && !value.asString().matches(".*\\d.*")) {
                            codes.add(value.asString());
                        }
                    }
                }
                collect(entry.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(this::collect);
        }
    }

    private static JsonNode readSchema() {
        try (InputStream in = SnapshotLoader.class.getResourceAsStream(SnapshotLoader.SCHEMA_RESOURCE)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
