package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2022 sample: Northwind after its transition (format 1.2: its context, interested parties, communication plan,
 * threat analyses and the facts of the new controls), with an SoA of the 93 controls, assessed by the 2022 pack. Its
 * one new finding against the 2022 clauses is real: no member of its management board holds a security role (5.1.h).
 */
class Sample2022Test {
    private static final String SAMPLE = "samples/northwind-mature-2022.json";

    @Test
    void itsSoaDecidesEvery2022ControlOnce() throws IOException {
        JsonNode snapshot = JsonMapper.builder().build().readTree(Files.readString(Path.of(SAMPLE)));
        assertThat(snapshot.get("edition").asString()).isEqualTo("iso27001-2022");
        assertThat(snapshot.get("statementOfApplicability").get("entries").valueStream()
                .map(e -> e.get("control").asString()).toList())
                .containsExactlyElementsOf(Catalogue.load(Edition.ISO27001_2022).controls().stream().map(c -> c.id()).toList());
    }

    @Test
    void northwindIsReadyWithConditionsAgainst2022() {
        CommandRun run = CommandRun.of("assess", SAMPLE, "--date", "2026-11-01", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode result = JsonMapper.builder().build().readTree(run.out());
        assertThat(result.get("assessor").get("edition").asString()).isEqualTo("iso27001-2022");
        assertThat(result.get("readiness").get("verdict").asString()).isEqualTo("ready-with-conditions");
        assertThat(result.get("readiness").get("overall").asDouble()).isEqualTo(97.3);
        assertThat(result.get("summary").get("byKind")).isEqualTo(JsonMapper.builder().build().readTree("""
                {"major": 0, "minor": 3, "gap": 4, "observation": 2}"""));
        assertThat(result.get("findings").valueStream().map(f -> f.get("requirement").asString() + " "
                + f.get("kind").asString() + " " + f.get("subjects").get(0).get("id").asString()).toList())
                .containsExactly("5.1.h minor-nonconformity $.people", "7.2.c minor-nonconformity TR-NW-0316", "7.5.2.c minor-nonconformity DOC-NW-21",
                        "10.1 observation F-NW-2026-01-2", "A.5.1 observation DOC-NW-01", "A.5.21 gap A.5.21",
                        "A.8.14 gap A.8.14", "A.8.25 gap A.8.25", "A.8.29 gap A.8.29");
    }
}
