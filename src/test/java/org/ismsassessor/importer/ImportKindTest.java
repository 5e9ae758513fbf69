package org.ismsassessor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each export is told from its content alone; an HR export or a section CSV never is. */
class ImportKindTest {

    private static Optional<ImportKind> detected(String fixture) throws IOException {
        return ImportKind.detect(Files.readAllBytes(Path.of("src/test/resources/imports", fixture)));
    }

    @Test
    void everyExportIsDetectedByItsColumnsOrFields() throws IOException {
        assertThat(detected("entra-users.csv")).contains(ImportKind.ENTRA_USERS);
        assertThat(detected("google-users.csv")).contains(ImportKind.GOOGLE_USERS);
        assertThat(detected("okta-password-health.csv")).contains(ImportKind.OKTA_USERS);
        assertThat(detected("trivy-portal-2026-10-01.json")).contains(ImportKind.TRIVY);
        assertThat(detected("grype-claims-api.json")).contains(ImportKind.GRYPE);
        assertThat(detected("greenbone-results.csv")).contains(ImportKind.SCANNER_CSV);
        assertThat(detected("nessus-scan.csv")).contains(ImportKind.SCANNER_CSV);
    }

    @Test
    void anHrExportASectionCsvAndASnapshotAreLeftToTheWorkbookImport() throws IOException {
        assertThat(detected("hr-export.csv")).isEmpty();
        assertThat(ImportKind.detect("Id,Name,Started on\nP-1,Ada,2020-01-01\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImportKind.detect(Files.readAllBytes(Path.of("samples/sprout-startup.json")))).isEmpty();
        assertThat(ImportKind.detect("{ not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theSeverityTableRatesEveryScannersWords() {
        assertThat(ScanSeverity.of("CRITICAL")).contains(org.ismsassessor.snapshot.Severity.CRITICAL);
        assertThat(ScanSeverity.of("High")).contains(org.ismsassessor.snapshot.Severity.HIGH);
        assertThat(ScanSeverity.of("medium")).contains(org.ismsassessor.snapshot.Severity.MEDIUM);
        assertThat(ScanSeverity.of("Low")).contains(org.ismsassessor.snapshot.Severity.LOW);
        assertThat(ScanSeverity.of("Negligible")).contains(org.ismsassessor.snapshot.Severity.LOW);
        assertThat(ScanSeverity.outcome("UNKNOWN")).isEqualTo(ScanSeverity.Outcome.UNRATED);
        assertThat(ScanSeverity.outcome("Unknown")).isEqualTo(ScanSeverity.Outcome.UNRATED);
        assertThat(ScanSeverity.outcome("Log")).isEqualTo(ScanSeverity.Outcome.INFORMATIONAL);
        assertThat(ScanSeverity.outcome("None")).isEqualTo(ScanSeverity.Outcome.INFORMATIONAL);
        assertThat(ScanSeverity.outcome("severe")).isNull();
    }

    @Test
    void exportDatesAreReadInTheFormsTheExportsWrite() {
        assertThat(ExportDates.parse("2026-11-02T07:20:31Z")).hasToString("2026-11-02");
        assertThat(ExportDates.parse("2026-11-02T23:20:31-05:00")).hasToString("2026-11-03");
        assertThat(ExportDates.parse("2026/08/13 17:02:55")).hasToString("2026-08-13");
        assertThat(ExportDates.parse("2026/08/13 17:02:55 UTC")).hasToString("2026-08-13");
        assertThat(ExportDates.parse("11/2/2026 7:20:31 PM")).hasToString("2026-11-02");
        assertThat(ExportDates.parse("2026-11-02")).hasToString("2026-11-02");
        assertThat(ExportDates.parse("yesterday")).isNull();
    }
}
