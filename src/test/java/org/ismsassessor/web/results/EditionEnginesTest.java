package org.ismsassessor.web.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ismsassessor.TestEngine;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.snapshot.LoadResult;
import org.junit.jupiter.api.Test;

/** The service's engine per edition: a snapshot is loaded and assessed by the edition it names; 2005 is the default. */
class EditionEnginesTest {
    private static final byte[] SNAPSHOT_2022 = """
            {"formatVersion": "1.0", "name": "a 2022 ISMS", "edition": "iso27001-2022",
             "organization": {"id": "ORG", "name": "Example Ltd"},
             "statementOfApplicability": {"id": "SOA-1", "entries": [{"control": "A.5.7", "applicable": true}]}}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void aSnapshotIsAssessedByTheEditionItNames() {
        EditionEngines editions = new EditionEngines(TestEngine.ASSESSMENT, TestEngine.LOADER, null);
        assertThat(EditionEngines.named(SNAPSHOT_2022)).contains(Edition.ISO27001_2022);
        EditionEngines.Engine engine = editions.forSnapshot(SNAPSHOT_2022);
        assertThat(engine.assessment().catalogue().edition()).isEqualTo(Edition.ISO27001_2022);
        assertThat(editions.forSnapshot(SNAPSHOT_2022)).isSameAs(engine);
        LoadResult loaded = engine.loader().load(SNAPSHOT_2022);
        assertThat(loaded).isInstanceOf(LoadResult.Loaded.class);
        var result = engine.assessment().assess((LoadResult.Loaded) loaded, LocalDate.of(2026, 6, 1),
                IntervalSettings.defaults());
        assertThat(result.assessor().edition()).isEqualTo("iso27001-2022");
        assertThat(result.summary().byKind()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("major", 2, "minor", 3, "gap", 38, "observation", 0));
        // The 2005 loader refuses the 2022 control: the default would not have done.
        assertThat(TestEngine.LOADER.load(SNAPSHOT_2022)).isInstanceOf(LoadResult.Rejected.class);
    }

    @Test
    void aSnapshotNamingNoOrAnUnknownEditionGoesToTheDefault() {
        EditionEngines editions = new EditionEngines(TestEngine.ASSESSMENT, TestEngine.LOADER, null);
        for (String json : new String[] {"{\"name\": \"x\"}", "{\"edition\": \"iso27001-2013\"}", "not json", "[1]"}) {
            assertThat(editions.forSnapshot(json.getBytes(StandardCharsets.UTF_8))).as(json).isSameAs(editions.defaults());
        }
    }
}
