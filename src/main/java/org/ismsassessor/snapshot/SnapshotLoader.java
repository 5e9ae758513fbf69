package org.ismsassessor.snapshot;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.ismsassessor.concurrent.Futures;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a snapshot and checks it before any rule runs: well-formed JSON, the published JSON Schema, then
 * what a schema cannot say (ids unique across the snapshot, every reference resolving). Reports every
 * problem found, each with its JSON path, never only the first.
 */
public final class SnapshotLoader {

    /** Where the published snapshot schema lives on the classpath. */
    public static final String SCHEMA_RESOURCE = "/schema/snapshot.schema.json";

    private final JsonMapper mapper;
    private final Schema schema;
    private final SchemaMessages schemaMessages;
    private final Set<String> annexControlIds;
    private final Limits limits;

    /** @param annexControlIds the Annex A control ids a reference may name (from the catalogue) */
    public SnapshotLoader(Set<String> annexControlIds) {
        this(annexControlIds, Limits.defaults());
    }

    /**
     * @param annexControlIds the Annex A control ids a reference may name (from the catalogue)
     * @param limits          the most input accepted
     */
    public SnapshotLoader(Set<String> annexControlIds, Limits limits) {
        this.annexControlIds = Set.copyOf(annexControlIds);
        this.limits = limits;
        // The parser itself enforces the string length and nesting limits, before any tree is built.
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(limits.maxStringLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxDocumentLength(limits.maxBytes())
                .build()).build();
        this.mapper = JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // The schema already rejects unknown properties; only "x-" extensions reach binding.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = SnapshotLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Snapshot schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            JsonNode published = JsonMapper.builder().build().readTree(in);
            // The statements {"exists": false} are taken out before the schema pass (NotExisting), so the pass checks
            // each section in its one real form, and its messages never mix two alternatives.
            JsonNode schemaTree = withoutStatements(published, sections);
            // Formats are assertions here: a date such as 2026-13-45 is an error of the schema pass, reported
            // with every other error at once.
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .regularExpressionFactory(new FastRegularExpressions()).build();
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(config)).getSchema(schemaTree);
            this.schemaMessages = new SchemaMessages(schemaTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Limits limits() {
        return limits;
    }

    /** The sections that may be stated not to exist, each with whether it is a list. */
    private final Map<String, Boolean> sections = new LinkedHashMap<>();

    /**
     * The published schema with each section in its one real form (the alternative {@code {"exists": false}} taken
     * out), filling {@code sections} with the name of each section that may be stated not to exist and whether it is
     * a list.
     */
    public static JsonNode withoutStatements(JsonNode published, Map<String, Boolean> sections) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) published.deepCopy();
        tools.jackson.databind.node.ObjectNode properties = (tools.jackson.databind.node.ObjectNode) copy.get("properties");
        for (String name : List.copyOf(properties.propertyNames())) {
            JsonNode property = properties.get(name);
            if (NotExisting.isSection(name, property)) {
                tools.jackson.databind.node.ObjectNode real = (tools.jackson.databind.node.ObjectNode) property.get("anyOf").get(0).deepCopy();
                real.set("description", property.get("description"));
                properties.set(name, real);
                sections.put(name, "array".equals(real.path("type").asString(null)));
            }
        }
        return copy;
    }

    public LoadResult load(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return rejected("$", file + " is a folder; expected a snapshot JSON file");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return tooLarge(size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return rejected("$", "file not found: " + file);
        } catch (IOException e) {
            return rejected("$", "cannot read " + file + ": " + e.getMessage());
        }
        return load(bytes);
    }

    /**
     * Loads a snapshot from its bytes. Never throws: whatever the bytes, the result is {@code Loaded} or
     * {@code Rejected} (fuzzed by {@code SnapshotLoaderFuzzTest}; an unexpected failure of a library is reported as
     * {@link #INTERNAL_ERROR} rather than thrown, so no stack trace ever reaches a user).
     */
    public LoadResult load(byte[] json) {
        try {
            return loadBytes(json);
        } catch (RuntimeException | StackOverflowError e) {
            return rejected("$", INTERNAL_ERROR);
        }
    }

    /** The message of a failure of the loader itself, never of the input: a bug to report. */
    public static final String INTERNAL_ERROR = "the assessor failed while checking this snapshot (an internal error,"
            + " not a problem of the file as far as it can tell); please report it with the file";

    private LoadResult loadBytes(byte[] json) {
        if (json.length > limits.maxBytes()) {
            return tooLarge(json.length);
        }
        JsonNode tree;
        // The parser is kept at hand: where it stopped is the path of a syntax or limit error.
        JsonParser parser = null;
        try {
            parser = mapper.createParser(json);
            tree = mapper.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                return rejected("$", JacksonMessages.trailingContent(parser.currentTokenLocation()));
            }
            // Jackson refuses most bad UTF-8 itself (above, with its own words) but decodes overlong forms.
            int malformed = StrictUtf8.firstMalformed(json);
            if (malformed >= 0) {
                return rejected(StrictUtf8.pathAt(mapper, json, malformed), "malformed JSON: the file is not valid UTF-8"
                        + " (overlong or out-of-range sequence " + StrictUtf8.sequenceAt(json, malformed)
                        + "); save it as UTF-8 (" + StrictUtf8.location(json, malformed) + ")");
            }
        } catch (StackOverflowError e) {
            // Cannot happen within the nesting limit; kept so that no input ever ends the process.
            return rejected("$", "nested too deeply: more than " + limits.maxNestingDepth() + " levels");
        } catch (JacksonException e) {
            return rejected(JacksonMessages.streamPathOf(e, parser), JacksonMessages.describeRead(e, limits));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
        if (tree == null || tree.isMissingNode()) {
            return rejected("$", json.length == 0 ? "the file is empty; expected a JSON object"
                    : "the file holds only white space; expected a JSON object");
        }
        long facts = countItems(tree, limits.maxFacts());
        if (facts > limits.maxFacts()) {
            return rejected("$", "more than " + limits.maxFacts() + " facts (array items); the limit is "
                    + limits.maxFacts() + " (--max-facts)");
        }
        List<InputError> errors = new ArrayList<>();
        List<String> notExisting = tree instanceof tools.jackson.databind.node.ObjectNode object
                ? NotExisting.extract(object, sections, errors) : List.of();
        NumberCheck.check(tree, errors);
        // From here on the tree is only read. On a large snapshot the schema pass (a third of loading) runs on another
        // core while the checks and binding that follow it run here, speculatively: their outcome counts only when
        // the schema pass finds nothing, as in the sequential order.
        JsonNode checkedTree = tree;
        Future<List<InputError>> schemaPass = facts >= PARALLEL_FROM_FACTS
                ? SCHEMA_PASSES.submit(() -> schemaMessages.describe(schema.validate(checkedTree))) : null;
        Checked checked = null;
        if (schemaPass != null) {
            try {
                checked = checkAndBind(tree);
            } catch (RuntimeException | StackOverflowError e) {
                // A tree the schema rejects may break what assumes a valid one; checked again below if it passes.
            }
        }
        List<InputError> schemaErrors = schemaPass == null ? schemaMessages.describe(schema.validate(tree))
                : Futures.join(schemaPass, "checking the snapshot");
        // A number out of range is reported once, as such, not again as a value of the wrong type.
        Set<String> outOfRange = new HashSet<>();
        errors.forEach(error -> outOfRange.add(error.path()));
        for (InputError error : schemaErrors) {
            if (!outOfRange.contains(error.path())) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            return new LoadResult.Rejected(errors);
        }
        if (checked == null) {
            checked = checkAndBind(tree);
        }
        if (!checked.errors().isEmpty()) {
            return new LoadResult.Rejected(checked.errors());
        }
        return new LoadResult.Loaded(checked.snapshot().withNotExisting(notExisting), new PathIndex(checked.paths()),
                sha256(json));
    }

    /** Snapshots of at least this many facts are schema-checked on a second thread; smaller ones gain nothing. */
    static final int PARALLEL_FROM_FACTS = 10_000;

    /**
     * One thread per core for the schema passes of large snapshots. When all are busy (a server loading many
     * snapshots at once) the caller runs the pass itself, so a load never waits in a queue.
     */
    private static final ExecutorService SCHEMA_PASSES = new ThreadPoolExecutor(0,
            Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "snapshot-schema-pass");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    /** What the checks after the schema pass found: the entities' paths, errors, and the bound snapshot if none. */
    private record Checked(Map<String, String> paths, List<InputError> errors, Snapshot snapshot) {
    }

    private Checked checkAndBind(JsonNode tree) {
        List<InputError> errors = new ArrayList<>();
        Map<String, String> paths = new LinkedHashMap<>();
        new IdentityCheck(annexControlIds).check(tree, paths, errors);
        ConsistencyCheck.check(tree, errors);
        Snapshot snapshot = null;
        try {
            snapshot = mapper.treeToValue(tree, Snapshot.class);
        } catch (JacksonException e) {
            errors.add(new InputError(JacksonMessages.pathOf(e), JacksonMessages.describe(e)));
        }
        return new Checked(paths, errors, snapshot);
    }

    private LoadResult tooLarge(long size) {
        String actual = Limits.size(size);
        String limit = Limits.size(limits.maxBytes());
        if (actual.equals(limit)) {
            // Just over the limit: "3 MiB, more than the limit of 3 MiB" would read as a contradiction.
            actual += " (" + size + " bytes)";
            limit += " (" + limits.maxBytes() + " bytes)";
        }
        return rejected("$", "the snapshot is " + actual + ", more than the limit of " + limit + " (--max-snapshot-mb)");
    }

    /** The array items in the tree, counting stopped once past the limit. */
    private static long countItems(JsonNode tree, long limit) {
        long count = 0;
        java.util.ArrayDeque<JsonNode> pending = new java.util.ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty() && count <= limit) {
            JsonNode node = pending.pop();
            if (node.isArray()) {
                count += node.size();
            }
            if (node.isContainer()) {
                for (JsonNode child : node.values()) {
                    if (child.isContainer()) {
                        pending.push(child);
                    }
                }
            }
        }
        return count;
    }

    private static LoadResult rejected(String path, String message) {
        return new LoadResult.Rejected(List.of(new InputError(path, message)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
