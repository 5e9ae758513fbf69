package org.ismsassessor.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.snapshot.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2013 SoA kept as a workbook sheet: the columns found by their header, each error at its sheet and cell. */
class Soa2013SheetTest {
    private final EditionIds iso2013 = Mappings.load().iso2013();

    private static Path workbook(Path dir, String[][] soaRows) throws IOException {
        Path file = dir.resolve("soa-2013.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("Statement of Applicability 2013");
            Sheet sheet = workbook.createSheet("SoA");
            for (int r = 0; r < soaRows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < soaRows[r].length; c++) {
                    if (soaRows[r][c] != null) {
                        row.createCell(c).setCellValue(soaRows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void theSoaSheetIsReadByItsHeaderWhateverTheColumnOrder(@TempDir Path dir) throws IOException {
        Path file = workbook(dir, new String[][] {
                {"Owner", "control", "status", "applicable", "justification"},
                {"CISO", "A.9.2.1", "implemented", "yes", "Joiners and leavers"},
                {"", "", "", "", ""},
                {"Facilities", "11.1.1", "", "no", "No own premises"}});

        Soa2013Csv.Result result = Soa2013Sheet.read(file, iso2013);

        assertThat(result.errors()).isEmpty();
        assertThat(result.decisions().values()).containsExactly(
                new SoaDecision("A.9.2.1", true, "implemented", "Joiners and leavers"),
                new SoaDecision("A.11.1.1", false, null, "No own premises"));
    }

    @Test
    void eachBadCellIsNamedBySheetAndCell(@TempDir Path dir) throws IOException {
        Path file = workbook(dir, new String[][] {
                {"control", "applicable", "status", "justification"},
                {"A.9.2.1", "perhaps", "", ""},
                {"A.99.1.1", "yes", "done", ""}});

        Soa2013Csv.Result result = Soa2013Sheet.read(file, iso2013);

        assertThat(result.errors()).extracting(InputError::toString).containsExactly(
                file + " SoA!B2 (applicable): 'perhaps': expected yes or no (or true, false)",
                file + " SoA!A3 (control): 'A.99.1.1' is not a control of ISO/IEC 27001:2013 (expected "
                        + iso2013.controlRange() + ")",
                file + " SoA!C3 (status): 'done': expected one of implemented, partial, planned, not-implemented for an"
                        + " applicable control");
    }

    @Test
    void aWorkbookWithoutTheHeaderIsRefusedSayingWhatIsExpected(@TempDir Path dir) throws IOException {
        Path file = workbook(dir, new String[][] {{"Control", "Decision"}, {"A.9.2.1", "yes"}});

        assertThat(Soa2013Sheet.read(file, iso2013).errors()).extracting(InputError::toString).containsExactly(
                file + ": no sheet has the header control, applicable, status, justification in its first row: expected a"
                        + " sheet (e.g. 'SoA') with those columns and one row per 2013 control");
    }
}
