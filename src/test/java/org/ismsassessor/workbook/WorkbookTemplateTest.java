package org.ismsassessor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The blank workbook: its sheets, readable headers, dropdowns, date cells and the SoA listing every control. */
class WorkbookTemplateTest {

    private static XSSFWorkbook template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter(WorkbookRoundTripTest.CATALOGUE).template(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> titles = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
        return titles;
    }

    @Test
    void aSheetPerSectionInTheSchemasOrderWithInstructionsFirstAndTheValueListsHidden() throws IOException {
        XSSFWorkbook workbook = template();
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Instructions", "Snapshot", "Organization", "Scope", "Scope exclusions",
                "Policy", "Objectives", "Documents", "Document revisions", "Record types", "Risk methodology", "Assets", "Sites",
                "Risks", "Treatment plan", "SoA approval", "SoA", "People", "Competences", "Security roles", "Accounts",
                "Authentication settings", "Remote access", "Suppliers", "Agreements", "Incidents", "Vulnerabilities",
                "Backups", "Business processes", "Continuity events", "Continuity plans", "Training courses",
                "Training records", "Metrics", "Measurements", "Legal requirements", "Processing activities",
                "Secure areas", "Changes", "ISMS areas", "Audit programme", "Audit programme areas", "Internal audits",
                "Audit findings", "Management reviews", "Corrective actions", "Improvements", "Management decisions",
                "Resources", "Activities", "Issues", "Interested parties", "Party requirements", "ISMS changes", "Communication plan", "Lists");
        assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Lists"))).isTrue();
        assertThat(workbook.getSheet("Snapshot").getRow(1).getCell(1).getStringCellValue()).isEqualTo("1.0");
        assertThat(workbook.getSheet("Snapshot").getRow(2).getCell(1).getStringCellValue()).isEqualTo("iso27001-2005");
    }

    @Test
    void headersAreWordsUsersReadUniqueInEachSheet() throws IOException {
        XSSFWorkbook workbook = template();
        assertThat(header(workbook.getSheet("Risks"))).containsExactly("Id", "Asset ids", "Threat", "Vulnerability",
                "Affects", "Impact description", "Impact", "Likelihood", "Level", "Previous level", "Treatment", "Controls",
                "Owner", "Residual level", "Residual approved by", "Residual approved on", "Accepted by", "Accepted on",
                "Assessed on", "Treatment priority");
        assertThat(header(workbook.getSheet("Document revisions"))).containsExactly("Document id", "Version", "Date",
                "Description", "Approved by");
        for (Layout.Sheet sheet : Layout.get().sheets()) {
            Set<String> labels = new HashSet<>();
            sheet.columns().forEach(c -> assertThat(labels.add(c.label().toLowerCase())).as(sheet.name() + " " + c.label())
                    .isTrue());
        }
        List<String> fields = new ArrayList<>();
        for (Row row : workbook.getSheet("Risk methodology")) {
            fields.add(row.getCell(0).getStringCellValue());
        }
        assertThat(fields).contains("Impact scale: min", "Impact scale: max", "Level formula");
    }

    @Test
    void theSoaListsEveryControlWithItsTitle() throws IOException {
        XSSFSheet soa = template().getSheet("SoA");
        assertThat(soa.getLastRowNum()).isEqualTo(133);
        assertThat(header(soa).subList(0, 3)).containsExactly("Control", "Control title", "Applicable");
        assertThat(soa.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A.5.1.1");
        assertThat(soa.getRow(1).getCell(1).getStringCellValue()).isEqualTo(
                WorkbookRoundTripTest.CATALOGUE.titleOf("A.5.1.1"));
        assertThat(soa.getRow(133).getCell(0).getStringCellValue()).isEqualTo("A.15.3.2");
    }

    @Test
    void listedValuesAndYesNoHaveDropdownsAndDatesAreDateCells() throws IOException {
        XSSFWorkbook workbook = template();
        XSSFSheet risks = workbook.getSheet("Risks");
        List<String> formulas = new ArrayList<>();
        for (DataValidation validation : risks.getDataValidations()) {
            formulas.add(validation.getRegions().getCellRangeAddress(0).formatAsString() + " "
                    + (validation.getValidationConstraint().getFormula1() != null
                    ? validation.getValidationConstraint().getFormula1()
                    : String.join(",", validation.getValidationConstraint().getExplicitListValues())));
        }
        assertThat(formulas).containsExactly("K2:K1048576 Lists!$J$2:$J$5");
        assertThat(workbook.getSheet("Lists").getRow(0).getCell(9).getStringCellValue()).isEqualTo("TreatmentOption");
        XSSFSheet people = workbook.getSheet("People");
        assertThat(people.getDataValidations()).anySatisfy(v -> assertThat(
                v.getValidationConstraint().getExplicitListValues()).containsExactly("yes", "no"));
        int startedOn = header(people).indexOf("Started on");
        assertThat(people.getColumnStyle(startedOn).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        Cell note = people.getRow(0).getCell(startedOn);
        assertThat(note.getCellComment().getString().getString()).isEqualTo(
                "When the person started. (a date, YYYY-MM-DD)");
    }
}
