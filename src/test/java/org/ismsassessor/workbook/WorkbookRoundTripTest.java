package org.ismsassessor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** import(export(s)) gives back s as a JSON tree: every field, x- fields, ids and order, empty and absent told apart. */
class WorkbookRoundTripTest {
    static final Catalogue CATALOGUE = Catalogue.load(Edition.ISO27001_2005);
    static final SnapshotLoader LOADER = new SnapshotLoader(
            CATALOGUE.controls().stream().map(c -> c.id()).collect(Collectors.toSet()));
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The samples of the 2005 edition: the workbook holds those only (export refuses a 2022 snapshot). */
    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".json"))
                .filter(p -> !p.getFileName().toString().endsWith("-2022.json")).sorted();
    }

    static byte[] export(JsonNode snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new WorkbookWriter(CATALOGUE).export(snapshot, out)).isEmpty();
        return out.toByteArray();
    }

    static JsonNode roundTrip(JsonNode snapshot) throws IOException {
        SnapshotImport.Result result = new SnapshotImport(LOADER).importWorkbook("export.xlsx", export(snapshot));
        assertThat(result.errors()).isEmpty();
        return MAPPER.readTree(result.json());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleComesBackAsTheSameJsonTree(Path sample) throws IOException {
        JsonNode snapshot = MAPPER.readTree(Files.readAllBytes(sample));
        assertThat(roundTrip(snapshot)).isEqualTo(snapshot);
    }

    @Test
    void extensionsTrickyTextAndEmptyListsComeBackExactly() throws IOException {
        JsonNode snapshot = MAPPER.readTree("""
                {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "  spaced  ",
                 "x-generatedBy": "our GRC export, v2.3", "x-count": 3, "x-ratio": 0.25, "x-whole": 3.0,
                 "x-flag": true, "x-null": null, "x-object": {"a": [1, "b"]}, "x-text": "json:not json", "x-yes": "yes",
                 "organization": {"id": "ORG", "name": "", "x-crm": "C-1",
                   "characteristics": {"premises": true, "datacentre": false},
                   "accessPolicy": {"minPasswordLength": 12, "x-source": "policy v2"},
                   "classificationScheme": []},
                 "people": [
                   {"id": "P-1", "name": "\\"Quoted\\"", "management": true, "roles": [], "x-team": "Ops", "startedOn": "2020-02-29",
                    "competences": [{"name": "CISSP", "obtainedOn": "2021-01-01", "x-cert": 42}]},
                   {"id": "P-2", "name": "Line one\\nline two", "roles": ["R-1", "R;2"], "competences": [], "x-team": ""},
                   {"id": "P-3", "name": "(none)", "jobTitle": "1.20"}],
                 "roles": [{"id": "R-1", "name": "ISM"}, {"id": "R;2", "name": "Other", "requiredCompetences": ["[x]"]}],
                 "risks": [],
                 "incidents": [{"id": "I-1", "detectedAt": "2026-03-01T10:30:00+01:00", "reportedAt": "2026-03-01T09:45:00Z"}],
                 "scope": {"id": "SC", "exclusions": []},
                 "riskMethodology": {"id": "RM", "impactScale": {"min": 1, "max": 5}, "likelihoodScale": {"min": 1, "max": 5,
                   "x-note": "n"}, "levelFormula": "product"},
                 "statementOfApplicability": {"id": "SOA", "entries": [{"control": "A.5.1.1", "applicable": true,
                   "status": "implemented", "x-ref": "S-1"}, {"control": "A.5.1.2"}]}
                }
                """);
        assertThat(roundTrip(snapshot)).isEqualTo(snapshot);
    }
}
