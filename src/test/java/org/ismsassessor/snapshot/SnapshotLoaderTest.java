package org.ismsassessor.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ismsassessor.TestEngine;
import org.junit.jupiter.api.Test;

/** Bad input is rejected before any rule runs, with every error at once, each naming its JSON path. */
class SnapshotLoaderTest {

    private static LoadResult load(String json) {
        return TestEngine.LOADER.load(json.getBytes(StandardCharsets.UTF_8));
    }

    private static LoadResult.Rejected rejected(String json) {
        LoadResult result = load(json);
        assertThat(result).isInstanceOf(LoadResult.Rejected.class);
        return (LoadResult.Rejected) result;
    }

    private static final String HEAD = """
            {"formatVersion": "1.0", "edition": "iso27001-2005", "organization": {"id": "ORG", "name": "Example"}""";

    @Test
    void aMinimalSnapshotLoads() {
        LoadResult result = load(HEAD + "}");
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        assertThat(((LoadResult.Loaded) result).snapshot().organization().name()).isEqualTo("Example");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        var rejected = rejected("{\"formatVersion\": \"1.0\",\n  \"edition\": }");
        assertThat(rejected.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.edition");
            assertThat(e.message()).startsWith("malformed JSON").contains("line 2");
        });
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(rejected("").errors()).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("$"));
    }

    @Test
    void aMissingFileIsRejected() {
        LoadResult result = TestEngine.LOADER.load(Path.of("no-such-snapshot.json"));
        assertThat(((LoadResult.Rejected) result).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("file not found"));
    }

    @Test
    void schemaViolationsAreAllReportedWithTheirPaths() {
        var rejected = rejected(HEAD + """
                , "people": [{"id": "P-1", "startedOn": "2026-13-45"}, {"name": "no id"}],
                  "risks": [{"id": "R-1", "impact": "high"}],
                  "unexpected": true}""");
        assertThat(rejected.errors()).extracting(InputError::path)
                .contains("$.people[0].startedOn", "$.people[1]", "$.risks[0].impact", "$.unexpected");
        assertThat(rejected.errors()).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo("$.unexpected");
            assertThat(e.message()).contains("unexpected").contains("x-");
        });
    }

    @Test
    void extensionFieldsAreAllowed() {
        assertThat(load(HEAD + ", \"x-exported-by\": \"GRC tool 4.2\"}")).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void duplicateIdsAcrossSectionsAreRejected() {
        var rejected = rejected(HEAD + """
                , "people": [{"id": "X-1"}], "assets": [{"id": "X-1"}]}""");
        assertThat(rejected.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.assets[0].id");
            assertThat(e.message()).contains("duplicate id 'X-1'").contains("$.people[0]");
        });
    }

    @Test
    void danglingAndMistypedReferencesAreRejected() {
        var rejected = rejected(HEAD + """
                , "people": [{"id": "P-1"}],
                  "assets": [{"id": "A-1", "owner": "P-404"}],
                  "accounts": [{"id": "ACC-1", "personId": "A-1", "systemId": "A-1"}],
                  "risks": [{"id": "R-1", "controls": ["A.99.1.1"]}]}""");
        assertThat(rejected.errors()).extracting(InputError::path, InputError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.accounts[0].personId",
                        "unknown reference 'A-1': expected the id of an entry of people, but it is the id of an entry of assets"),
                org.assertj.core.groups.Tuple.tuple("$.assets[0].owner",
                        "unknown reference 'P-404': expected the id of an entry of people, but no entity has this id"),
                org.assertj.core.groups.Tuple.tuple("$.risks[0].controls[0]",
                        "'A.99.1.1' is not an Annex A control id of the catalogue"));
    }

    @Test
    void aControlListedTwiceInTheSoaIsRejected() {
        var rejected = rejected(HEAD + """
                , "statementOfApplicability": {"id": "SOA", "entries": [{"control": "A.5.1.1"}, {"control": "A.5.1.1"}]}}""");
        assertThat(rejected.errors()).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("$.statementOfApplicability.entries[1].control"));
    }

    @Test
    void absentSectionsStayAbsentAndEmptyOnesStayEmpty() {
        var loaded = (LoadResult.Loaded) load(HEAD + ", \"risks\": []}");
        assertThat(loaded.snapshot().risks()).isEmpty();
        assertThat(loaded.snapshot().assets()).isNull();
    }
}
