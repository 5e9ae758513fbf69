package org.ismsassessor.snapshot.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes {@link SnapshotLoader#load(byte[])}: whatever the bytes, it returns {@code Loaded} or {@code Rejected} and
 * never throws; a rejection names at least one error, each with a path starting with {@code $} and a message for
 * people (no exception, no Java type, no stack trace).
 *
 * <p>Without {@code JAZZER_FUZZ} (every {@code mvn verify}) each fuzz test runs its seed inputs only, from
 * {@code src/test/resources/org/ismsassessor/snapshot/fuzz/SnapshotLoaderFuzzTestInputs/<method>/}, where Jazzer
 * also writes any crash it finds. {@code JAZZER_FUZZ=1 ./mvnw -B test -Dtest='SnapshotLoaderFuzzTest#rawBytes'}
 * fuzzes one of them: see docs/reliability.md.
 */
class SnapshotLoaderFuzzTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SnapshotLoader LOADER = new SnapshotLoader(
            Catalogue.load(Edition.ISO27001_2005).controls().stream().map(c -> c.id()).collect(Collectors.toSet()));
    /** What a message for people never holds: an exception, a qualified Java name, a back-quoted type, a frame. */
    private static final Pattern JAVA = Pattern.compile(
            "Exception|\\bjava\\.|\\bjavax\\.|tools\\.jackson|com\\.networknt|org\\.ismsassessor|`|\\n\\s*at ");

    /**
     * In regression mode (every {@code mvn verify}) Jazzer's agent would otherwise instrument, with its sanitizer
     * hooks, every class of the project loaded after this test in the same JVM, slowing the rest of the suite for
     * nothing: a JSON loader has no SQL, command or path to sanitize. Fuzzing ({@code JAZZER_FUZZ}) keeps them.
     */
    @BeforeAll
    static void noHooksInRegressionMode() {
        String fuzzing = System.getenv("JAZZER_FUZZ");
        if ((fuzzing == null || fuzzing.isEmpty()) && System.getProperty("jazzer.hooks") == null) {
            System.setProperty("jazzer.hooks", "false");
        }
    }

    /** Bytes as they come: JSON or anything else. */
    @FuzzTest(maxDuration = "5m")
    void rawBytes(byte[] input) {
        check(input);
    }

    /**
     * Snapshots that are nearly valid: a seed snapshot changed in a few places, with field names, values and ids
     * the format knows, so that the checks after the parser (schema, ids, references, dates, cycles, binding) are
     * reached far more often than with raw bytes.
     */
    @FuzzTest(maxDuration = "5m")
    void nearlyValidSnapshots(FuzzedDataProvider data) {
        ObjectNode snapshot = Mutations.BASES.get(data.consumeInt(0, Mutations.BASES.size() - 1)).deepCopy();
        int changes = data.consumeInt(1, 6);
        for (int i = 0; i < changes && data.remainingBytes() > 0; i++) {
            Mutations.apply(snapshot, data);
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(snapshot);
        } catch (tools.jackson.core.JacksonException unwritable) {
            return; // a string the test itself cannot write (a lone surrogate): nothing reaches the loader
        }
        check(bytes);
    }

    /** The samples and the bad-input corpus, whole: the invariants hold for them too (not copied as seeds). */
    @Test
    void theSamplesAndTheBadInputCorpusKeepTheInvariants() throws IOException {
        List<Path> files;
        try (Stream<Path> samples = Files.list(Path.of("samples"));
                Stream<Path> corpus = Files.list(Path.of("src/test/resources/bad-input"))) {
            files = Stream.concat(samples, corpus).filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            check(Files.readAllBytes(file));
        }
        for (ObjectNode base : Mutations.BASES) {
            if (!(LOADER.load(JSON.writeValueAsBytes(base)) instanceof LoadResult.Loaded)) {
                throw new AssertionError("a base of nearlyValidSnapshots is not valid: " + LOADER.load(JSON.writeValueAsBytes(base)));
            }
        }
    }

    static void check(byte[] input) {
        LoadResult result = LOADER.load(input);
        if (result instanceof LoadResult.Rejected rejected) {
            String text = new String(input, StandardCharsets.UTF_8);
            if (rejected.errors().isEmpty()) {
                throw new AssertionError("rejected without an error");
            }
            for (InputError error : rejected.errors()) {
                if (error.path() == null || !error.path().startsWith("$")) {
                    throw new AssertionError("a path that is not a JSON path: " + error);
                }
                if (SnapshotLoader.INTERNAL_ERROR.equals(error.message())) {
                    throw new AssertionError("the loader failed (its safety net caught an exception)");
                }
                if (error.message() == null || error.message().isBlank()) {
                    throw new AssertionError("an error without a message at " + error.path());
                }
                // Text quoted from the input may hold anything, back-quotes and "java." included: only what
                // the input does not hold counts.
                Matcher internals = JAVA.matcher(error.message());
                while (internals.find()) {
                    if (!text.contains(internals.group())) {
                        throw new AssertionError("a message naming Java internals: " + error);
                    }
                }
            }
        } else if (result instanceof LoadResult.Loaded loaded) {
            if (loaded.snapshot() == null || loaded.snapshot().organization() == null || loaded.sha256() == null) {
                throw new AssertionError("loaded without a snapshot, an organization or a digest");
            }
        } else {
            throw new AssertionError("neither loaded nor rejected: " + result);
        }
    }

    /** Changes to a snapshot tree, driven by the fuzzer's bytes, from dictionaries of the format's words. */
    static final class Mutations {
        static final List<ObjectNode> BASES = new ArrayList<>();
        /** Every field name of the schema. */
        static final List<String> FIELDS;
        /** Every enumerated value of the schema, and values at the edges of each type. */
        static final List<String> WORDS;

        static {
            JsonNode schema;
            try (InputStream in = SnapshotLoader.class.getResourceAsStream(SnapshotLoader.SCHEMA_RESOURCE)) {
                schema = JSON.readTree(in);
                BASES.add((ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("samples/sprout-startup.json"))));
                BASES.add((ObjectNode) JSON.readTree(Mutations.RICH));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> fields = new TreeSet<>();
            Set<String> words = new TreeSet<>(List.of("", " ", "P-01", "P-02", "ORG", "R-1", "A-1", "CA-1", "IMP-1",
                    "T-1", "ROLE-1", "A.5.1.1", "A.8.3.3", "A.99.1.1", "A.5", "2026-02-30", "2026-03-01", "2025-12-31",
                    "0000-01-01", "9999-12-31", "2026-03-01T09:30:00Z", "2026-03-01T09:30:00.1234567891Z",
                    "2026-12-31T23:59:60Z", "2026-03-01T09:30:00+19:00", "P12M", "P", "PT1H", "x-", "\u0000", "\ud800",
                    "$", "$.people[0]", "\u00e9\u4e2d\ud83d\ude00"));
            collect(schema, fields, words);
            FIELDS = List.copyOf(fields);
            WORDS = List.copyOf(words);
        }

        private static void collect(JsonNode node, Set<String> fields, Set<String> words) {
            if (node.isObject()) {
                node.path("properties").propertyNames().forEach(fields::add);
                node.path("enum").values().forEach(v -> words.add(v.asString()));
            }
            node.values().forEach(child -> collect(child, fields, words));
        }

        static void apply(ObjectNode root, FuzzedDataProvider data) {
            List<JsonNode> containers = new ArrayList<>();
            collectContainers(root, containers);
            JsonNode target = data.pickValue(containers);
            JsonNode value = value(data, root);
            if (target instanceof ObjectNode object) {
                List<String> names = new ArrayList<>(object.propertyNames());
                switch (data.consumeInt(0, 3)) {
                    case 0 -> object.set(data.pickValue(FIELDS), value);
                    case 1 -> {
                        if (!names.isEmpty()) {
                            object.remove(data.pickValue(names));
                        }
                    }
                    case 2 -> {
                        if (!names.isEmpty()) {
                            object.set(data.pickValue(names), value);
                        }
                    }
                    default -> object.set(data.consumeBoolean() ? "x-" + data.consumeString(8) : data.consumeString(12), value);
                }
            } else if (target instanceof ArrayNode array) {
                switch (data.consumeInt(0, 2)) {
                    case 0 -> array.add(value);
                    case 1 -> {
                        if (!array.isEmpty()) {
                            array.add(array.get(data.consumeInt(0, array.size() - 1)).deepCopy());
                        }
                    }
                    default -> {
                        if (!array.isEmpty()) {
                            array.remove(data.consumeInt(0, array.size() - 1));
                        }
                    }
                }
            }
        }

        private static void collectContainers(JsonNode node, List<JsonNode> out) {
            if (node.isContainer()) {
                out.add(node);
                node.values().forEach(child -> collectContainers(child, out));
            }
        }

        private static JsonNode value(FuzzedDataProvider data, ObjectNode root) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (data.consumeInt(0, 9)) {
                case 0 -> nodes.stringNode(data.pickValue(WORDS));
                case 1 -> nodes.stringNode(data.consumeString(40));
                case 2 -> nodes.numberNode(data.pickValue(new long[] {-1, 0, 1, 5, Integer.MAX_VALUE,
                        Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MIN_VALUE}));
                case 3 -> nodes.numberNode(data.consumeDouble());
                case 4 -> nodes.numberNode(new java.math.BigInteger(1, data.consumeBytes(24)));
                case 5 -> nodes.booleanNode(data.consumeBoolean());
                case 6 -> nodes.nullNode();
                case 7 -> {
                    ArrayNode array = nodes.arrayNode();
                    int n = data.consumeInt(0, 3);
                    for (int i = 0; i < n; i++) {
                        array.add(data.pickValue(WORDS));
                    }
                    yield array;
                }
                case 8 -> {
                    ObjectNode object = nodes.objectNode();
                    object.put("id", data.pickValue(WORDS));
                    if (data.consumeBoolean()) {
                        object.put(data.pickValue(FIELDS), data.pickValue(WORDS));
                    }
                    yield object;
                }
                default -> {
                    // A piece of the snapshot itself, moved elsewhere: ids and references meet where they should not.
                    List<JsonNode> containers = new ArrayList<>();
                    collectContainers(root, containers);
                    yield data.pickValue(containers).deepCopy();
                }
            };
        }

        /** A small snapshot with an entry in the sections that refer to each other, dates in order, sources. */
        static final String RICH = """
                {"formatVersion": "1.0", "edition": "iso27001-2005",
                 "organization": {"id": "ORG", "employees": 5, "ismsOwner": "P-1", "intervals": {"management-review": "P12M"}},
                 "people": [{"id": "P-1", "management": true, "roles": ["ROLE-1"], "startedOn": "2025-01-01", "leftOn": "2026-01-01"}],
                 "roles": [{"id": "ROLE-1", "conflictsWith": ["ROLE-2"]}, {"id": "ROLE-2"}],
                 "assets": [{"id": "A-1", "owner": "P-1", "type": "server"}],
                 "accounts": [{"id": "ACC-1", "personId": "P-1", "systemId": "A-1", "createdOn": "2025-01-01", "disabledOn": "2026-01-01"}],
                 "risks": [{"id": "R-1", "assetIds": ["A-1"], "impact": 3, "likelihood": 2, "level": 6, "controls": ["A.5.1.1"], "owner": "P-1"}],
                 "riskMethodology": {"id": "RM", "levelFormula": "product"},
                 "treatmentPlan": [{"id": "T-1", "riskIds": ["R-1"], "sourceIds": ["CA-1"]}],
                 "actions": [{"id": "CA-1", "sourceId": "IMP-1", "raisedOn": "2026-01-01", "closedOn": "2026-02-01"}],
                 "improvements": [{"id": "IMP-1", "sourceId": "INC-1"}],
                 "incidents": [{"id": "INC-1", "detectedAt": "2026-03-01T09:30:00Z", "reportedAt": "2026-03-01T11:00:00+01:00", "closedOn": "2026-03-02"}],
                 "vulnerabilities": [{"id": "V-1", "assetId": "A-1", "discoveredOn": "2026-01-01", "remediatedOn": "2026-01-02"}],
                 "activities": [{"id": "ACT-1", "periodFrom": "2026-01-01", "periodTo": "2026-01-31"}],
                 "statementOfApplicability": {"id": "SOA", "entries": [{"control": "A.5.1.1"}]},
                 "x-note": "fuzz seed"}
                """;

        private Mutations() {
        }
    }
}
