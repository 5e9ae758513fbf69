package org.ismsassessor.snapshot;

import com.networknt.schema.Error;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
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
    private final Set<String> annexControlIds;

    /** @param annexControlIds the Annex A control ids a reference may name (from the catalogue) */
    public SnapshotLoader(Set<String> annexControlIds) {
        this.annexControlIds = Set.copyOf(annexControlIds);
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // The schema already rejects unknown properties; only "x-" extensions reach binding.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = SnapshotLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Snapshot schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            // Formats are assertions here: a date such as 2026-13-45 is an error of the schema pass, reported
            // with every other error at once.
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(config)).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LoadResult load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return rejected("$", "file not found: " + file);
        } catch (IOException e) {
            return rejected("$", "cannot read " + file + ": " + e.getMessage());
        }
        return load(bytes);
    }

    public LoadResult load(byte[] json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            return rejected("$", "malformed JSON: " + JacksonMessages.describe(e));
        }
        if (tree == null || tree.isMissingNode()) {
            return rejected("$", "the file is empty; expected a JSON object");
        }
        List<InputError> errors = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            errors.add(new InputError(SchemaMessages.pathOf(error), SchemaMessages.describe(error)));
        }
        if (!errors.isEmpty()) {
            return new LoadResult.Rejected(errors);
        }
        Map<String, String> paths = new LinkedHashMap<>();
        new IdentityCheck(annexControlIds).check(tree, paths, errors);
        Snapshot snapshot = null;
        try {
            snapshot = mapper.treeToValue(tree, Snapshot.class);
        } catch (JacksonException e) {
            errors.add(new InputError(JacksonMessages.pathOf(e), JacksonMessages.describe(e)));
        }
        if (!errors.isEmpty()) {
            return new LoadResult.Rejected(errors);
        }
        return new LoadResult.Loaded(snapshot, new PathIndex(paths), sha256(json));
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
