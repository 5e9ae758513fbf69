package org.ismsassessor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.cli.AssessorCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code src/test/resources/bad-input/} (see its README.md): the loader rejects it with exactly the
 * expected errors, in bounded time and allocation, and {@code validate} exits 2 printing each error, never a stack
 * trace. Large inputs are generated from a one-line {@code .generate} directive, so nothing big is committed.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    /** Bytes a single load may allocate at most, whatever its input (the 50 MB string itself is allocated apart). */
    private static final long ALLOCATION_LIMIT = 512L * 1024 * 1024;
    private static final String HEAD = "{\"formatVersion\": \"1.0\", \"edition\": \"iso27001-2005\", ";

    private static Set<String> controlIds;
    private static Path work;

    @BeforeAll
    static void setUp() throws IOException {
        controlIds = Catalogue.load(Edition.ISO27001_2005).controls().stream().map(c -> c.id()).collect(Collectors.toSet());
        work = Files.createTempDirectory("bad-input");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path path : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** One case of the corpus: its input (a committed file, or a directive), the limits, the expected errors. */
    record Case(String name, Path committed, String directive, Limits limits, List<String> cliOptions,
            List<String> expected) {

        static Case read(String name) throws IOException {
            Path json = CORPUS.resolve(name + ".json");
            Path generate = CORPUS.resolve(name + ".generate");
            List<String> expected = Files.readAllLines(CORPUS.resolve(name + ".expected"), StandardCharsets.UTF_8)
                    .stream().filter(line -> !line.isEmpty()).toList();
            if (Files.exists(json)) {
                return new Case(name, json, null, Limits.defaults(), List.of(), expected);
            }
            String directive = Files.readString(generate, StandardCharsets.UTF_8).strip();
            String[] words = directive.split("\\s+");
            Limits limits = Limits.defaults();
            List<String> options = new ArrayList<>();
            for (int i = firstOption(words); i + 1 < words.length; i += 2) {
                switch (words[i]) {
                    case "max-facts" -> limits = limits.withMaxFacts(Integer.parseInt(words[i + 1]));
                    case "max-snapshot-mb" -> limits = limits.withMaxBytes(Long.parseLong(words[i + 1]) * Limits.MIB);
                    default -> throw new IllegalArgumentException(name + ": unknown option " + words[i]);
                }
                options.add("--" + words[i]);
                options.add(words[i + 1]);
            }
            return new Case(name, null, directive, limits, options, expected);
        }

        private static int firstOption(String[] words) {
            return Set.of("directory", "missing").contains(words[0]) ? 1 : 2;
        }

        /** The input as a file: the committed one, or one generated into the work folder. */
        Path file() throws IOException {
            if (committed != null) {
                return committed;
            }
            String[] words = directive.split("\\s+");
            Path file = work.resolve(name + ".json");
            switch (words[0]) {
                case "sparse" -> {
                    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                        sparse.setLength(Long.parseLong(words[1])); // no real disk used
                    }
                }
                case "directory" -> Files.createDirectories(file);
                case "missing" -> Files.deleteIfExists(file);
                default -> {
                    if (!Files.exists(file)) {
                        Files.write(file, generated(words[0], Long.parseLong(words[1])));
                    }
                }
            }
            return file;
        }

        /** The expected lines, with {file} standing for the input's path. */
        List<String> expected(Path file) {
            return expected.stream().map(line -> line.replace("{file}", file.toString())).toList();
        }
    }

    /** The bytes of a generated input: see the README for each kind. */
    static byte[] generated(String kind, long size) {
        int n = Math.toIntExact(size);
        StringBuilder json = new StringBuilder(HEAD);
        switch (kind) {
            case "string" -> json.append("\"organization\": {\"id\": \"ORG\", \"name\": \"").append("a".repeat(n)).append("\"}}");
            case "nesting" -> json.append("\"organization\": {\"id\": \"ORG\"}, \"x-deep\": ")
                    .append("[".repeat(n)).append("]".repeat(n)).append('}');
            case "number" -> json.append("\"organization\": {\"id\": \"ORG\", \"employees\": 1").append("0".repeat(n - 1)).append("}}");
            case "name" -> json.append("\"organization\": {\"id\": \"ORG\", \"").append("n".repeat(n)).append("\": 1}}");
            case "facts" -> {
                json.append("\"organization\": {\"id\": \"ORG\"}, \"people\": [");
                for (int i = 1; i <= n; i++) {
                    json.append(i > 1 ? ", " : "").append("{\"id\": \"P-").append(i).append("\"}");
                }
                json.append("]}");
            }
            case "bulk" -> {
                json.append("\"organization\": {\"id\": \"ORG\"}, \"x-bulk\": [");
                for (int i = 1; i <= n; i++) {
                    json.append(i > 1 ? ",0" : "0");
                }
                json.append("]}");
            }
            default -> throw new IllegalArgumentException("unknown kind of generated input: " + kind);
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<String> caseNames() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".expected"))
                    .map(file -> file.substring(0, file.length() - ".expected".length()))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyCaseIsRejectedWithExactlyItsErrors() throws IOException {
        List<DynamicNode> cases = new ArrayList<>();
        for (String name : caseNames()) {
            Case c = Case.read(name);
            cases.add(DynamicContainer.dynamicContainer(name, Stream.of(
                    DynamicTest.dynamicTest("loader", () -> loaderRejects(c)),
                    DynamicTest.dynamicTest("validate", () -> validateRejects(c)))));
        }
        return cases.stream();
    }

    private static void loaderRejects(Case c) throws IOException {
        Path file = c.file();
        SnapshotLoader loader = new SnapshotLoader(controlIds, c.limits());
        boolean fromBytes = Files.isRegularFile(file) && Files.size(file) <= c.limits().maxBytes();
        byte[] bytes = fromBytes ? Files.readAllBytes(file) : null;
        long[] allocated = new long[1];
        LoadResult result = assertTimeoutPreemptively(TIME_LIMIT, () -> {
            long before = allocatedByThisThread();
            LoadResult loaded = fromBytes ? loader.load(bytes) : loader.load(file);
            allocated[0] = allocatedByThisThread() - before;
            return loaded;
        }, c.name() + " took longer than " + TIME_LIMIT);
        assertThat(result).as(c.name()).isInstanceOf(LoadResult.Rejected.class);
        List<String> actual = ((LoadResult.Rejected) result).errors().stream()
                .map(e -> e.path() + "\t" + e.message()).toList();
        assertThat(actual).as("%s: the errors, as they would be in %s.expected:%n%s%n", c.name(), c.name(),
                String.join("\n", actual)).containsExactlyElementsOf(c.expected(file));
        assertThat(allocated[0]).as(c.name() + ": bytes allocated by the load").isLessThan(ALLOCATION_LIMIT);
        for (InputError error : ((LoadResult.Rejected) result).errors()) {
            assertThat(error.path()).startsWith("$");
            assertThat(error.message()).doesNotContain("Exception", "\tat ", "java.", "tools.jackson", "com.networknt", "`");
        }
    }

    private static void validateRejects(Case c) throws IOException {
        Path file = c.file();
        List<String> args = new ArrayList<>(List.of("validate", file.toString()));
        args.addAll(c.cliOptions());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(TIME_LIMIT, () -> AssessorCommand.run(new PrintWriter(out, true),
                new PrintWriter(err, true), args.toArray(String[]::new)), c.name() + " took longer than " + TIME_LIMIT);
        assertThat(code).as(c.name() + ": exit code; stderr:\n" + err).isEqualTo(2);
        for (String line : c.expected(file)) {
            String[] parts = line.split("\t", 2);
            assertThat(err.toString()).as(c.name()).contains("  " + parts[0] + ": " + parts[1] + "\n");
        }
        assertThat(err.toString()).as(c.name()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).as(c.name()).isEmpty();
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void theCorpusHasAtLeastFiftyCasesEachComplete() throws IOException {
        List<String> names = caseNames();
        assertThat(names).hasSizeGreaterThanOrEqualTo(50);
        Map<String, List<String>> filesByCase = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path path : files.toList()) {
                String file = path.getFileName().toString();
                if (!file.equals("README.md")) {
                    String name = file.substring(0, file.lastIndexOf('.'));
                    filesByCase.computeIfAbsent(name, k -> new ArrayList<>()).add(file.substring(file.lastIndexOf('.') + 1));
                }
            }
        }
        filesByCase.forEach((name, kinds) -> {
            assertThat(kinds).as(name).contains("expected").hasSize(2);
            assertThat(kinds).as(name).containsAnyOf("json", "generate");
        });
        String readme = Files.readString(CORPUS.resolve("README.md"));
        for (String name : names) {
            assertThat(readme).as("README.md lists " + name).contains("`" + name + "`");
            assertThat(Files.readAllLines(CORPUS.resolve(name + ".expected"))).as(name).isNotEmpty()
                    .allSatisfy(line -> assertThat(line.split("\t", 2)).hasSize(2));
        }
    }

    @Test
    void theCommittedCorpusIsSmall() throws IOException {
        long total;
        try (Stream<Path> files = Files.list(CORPUS)) {
            total = files.mapToLong(path -> path.toFile().length()).sum();
        }
        assertThat(total).isLessThan(1024 * 1024);
    }
}
