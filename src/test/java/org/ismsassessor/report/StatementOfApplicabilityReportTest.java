package org.ismsassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.snapshot.LoadResult;
import org.junit.jupiter.api.Test;

/** The computed Statement of Applicability as the text report counts it and the JSON result lists it. */
class StatementOfApplicabilityReportTest {

    private static final String SNAPSHOT = """
            {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "soa report",
             "organization": {"id": "ORG", "name": "Example Ltd", "characteristics": {"teleworking": true}},
             "statementOfApplicability": {"id": "SOA", "entries": [
               {"control": "A.5.1.1", "applicable": true, "reason": "Always", "status": "planned"},
               {"control": "A.11.7.2", "applicable": false, "justification": "Office work only"},
               {"control": "A.10.9.1", "applicable": false, "justification": "Nothing sold online"}]}}
            """;

    private static AssessmentResult result() {
        LoadResult loaded = TestEngine.LOADER.load(SNAPSHOT.getBytes(StandardCharsets.UTF_8));
        return TestEngine.ASSESSMENT.assess((LoadResult.Loaded) loaded, LocalDate.of(2026, 11, 29), IntervalSettings.defaults());
    }

    @Test
    void theTextReportCountsExpectedSelectedExcludedAndContradictedControls() {
        assertThat(TextReport.write(result(), TestEngine.CATALOGUE)).contains("""
                Statement of Applicability: 133 Annex A controls
                  Expected                     85   always, by a characteristic or by a treated risk
                  Selected                      1
                  Excluded                      2
                  Contradicted                  1   expected, yet excluded
                  Not in the SoA              130
                """);
    }

    @Test
    void theJsonResultListsEachControlAfterTheFindings() {
        String json = JsonReport.write(result());
        assertThat(json.indexOf("\"statementOfApplicability\"")).isGreaterThan(json.indexOf("\"findings\""))
                .isLessThan(json.indexOf("\"actionPlan\""));
        assertThat(json).contains("""
                    "control" : "A.11.7.2",
                    "expected" : true,
                    "reasons" : [ {
                      "kind" : "characteristic",
                      "characteristic" : "teleworking"
                    } ],
                    "listedInSoa" : true,
                    "applicable" : false,
                    "justification" : "Office work only",
                """);
        assertThat(JsonReport.mapper().readValue(json, AssessmentResult.class)).isEqualTo(result());
    }
}
