package org.ismsassessor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.snapshot.InputError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A workbook with mistakes planted across its sheets: every one reported in one run, each with its cell. */
class WorkbookErrorsTest {

    static final String SNAPSHOT = """
            {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "Planted mistakes",
             "organization": {"id": "ORG", "name": "Example Ltd", "employees": 12, "ismsOwner": "P-1",
               "characteristics": {"premises": true}},
             "policy": {"id": "POL", "documentId": "DOC-1", "approvedBy": "P-1", "approvedOn": "2026-01-10"},
             "documents": [{"id": "DOC-1", "title": "Security policy", "type": "policy",
               "revisions": [{"version": "1.0", "date": "2026-01-10"}]}],
             "assets": [{"id": "A-1", "name": "Laptop", "type": "endpoint", "owner": "P-1"}],
             "risks": [{"id": "R-1", "assetIds": ["A-1"], "threat": "Theft", "impact": 3, "likelihood": 2, "level": 6,
               "treatment": "apply-controls", "owner": "P-1"},
               {"id": "R-2", "threat": "Fire", "impact": 2, "likelihood": 1, "level": 2, "treatment": "accept"}],
             "statementOfApplicability": {"id": "SOA", "entries": [
               {"control": "A.5.1.1", "applicable": true, "status": "implemented"},
               {"control": "A.5.1.2", "applicable": true, "status": "partial"}]},
             "people": [{"id": "P-1", "name": "Ada", "management": true, "startedOn": "2020-01-01"},
               {"id": "P-2", "name": "Alan", "management": false, "startedOn": "2021-06-01"}],
             "accounts": [{"id": "ACC-1", "personId": "P-1", "systemId": "A-1", "enabled": true}],
             "incidents": [{"id": "INC-1", "title": "Phishing", "detectedAt": "2026-03-01T09:30:00Z"}]}
            """;

    static final String DOCUMENT_TYPES = "policy, objectives, scope, risk-methodology, risk-assessment-report,"
            + " risk-treatment-plan, statement-of-applicability, procedure, operating-procedure, measurement-procedure,"
            + " document-control-procedure, record-register, audit-procedure, audit-programme, corrective-action-procedure,"
            + " preventive-action-procedure, incident-procedure, monitoring-procedure, disciplinary-process,"
            + " access-control-policy, topic-policy, continuity-plan, isms-change-log, management-review-minutes, standard,"
            + " contract, other";

    @Test
    void twentyPlantedMistakesAreReportedAtOnceEachWithItsCell() throws IOException {
        JsonNode snapshot = WorkbookRoundTripTest.MAPPER.readTree(SNAPSHOT);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WorkbookRoundTripTest.export(snapshot)));
        set(workbook, "Snapshot", 3, "Value", "iso27001-2013");                 // 1 an edition not supported
        field(workbook, "Organization", "Employees", "-5");                       // 2 below 0 (typed as text)
        field(workbook, "Organization", "Characteristics: premises", "sometimes"); // 3 not yes/no
        field(workbook, "Policy", "Approved on", "2026-02-30");                  // 4 no such day
        set(workbook, "Documents", 2, "Type", "handbook");                        // 5 not a document type
        set(workbook, "Document revisions", 3, "Document id", "DOC-X");           // 6 a revision of no document
        set(workbook, "Document revisions", 3, "Version", "2.0");
        set(workbook, "Assets", 2, "Owner", "P-404");                             // 7 nobody
        set(workbook, "Risks", 2, "Impact", "high");                              // 8 not a number
        set(workbook, "Risks", 2, "Likelihood", 2.5);                             // 9 not whole
        set(workbook, "Risks", 3, "Treatment", "mitigate");                       // 10 not a treatment option
        set(workbook, "Risks", 3, "Asset ids", "A-1; A-9");                       // 11 an unknown asset
        set(workbook, "SoA", 3, "Control", "A.99.1.1");                           // 12 not a control
        set(workbook, "SoA", 2, "Status", "done");                                // 13 not a status
        set(workbook, "People", 2, "Started on", "31/12/2020");                   // 14 not YYYY-MM-DD
        set(workbook, "People", 3, "Management", "maybe");                        // 15 not yes/no
        set(workbook, "People", 3, "Left on", "2021-01-01");                      // 16 left before starting
        set(workbook, "People", 4, "Id", "P-1");                                  // 17 a duplicate id
        set(workbook, "People", 4, "Name", "Grace");
        header(workbook, "People", "Department");                                 // 18 an unknown column
        set(workbook, "Accounts", 2, "Enabled", "si");                            // 19 not yes/no
        set(workbook, "Incidents", 2, "Detected at", "yesterday");                // 20 not a date-time
        ByteArrayOutputStream planted = new ByteArrayOutputStream();
        workbook.write(planted);

        SnapshotImport.Result result = new SnapshotImport(WorkbookRoundTripTest.LOADER)
                .importWorkbook("client.xlsx", planted.toByteArray());

        assertThat(result.ok()).isFalse();
        assertThat(result.errors().stream().map(InputError::toString).toList()).containsExactly(
                "Snapshot!B3 (Edition): 'iso27001-2013' is not allowed here; expected one of: iso27001-2005, iso27001-2022",
                "Organization!B5 (Employees): must be 0 or more, not -5",
                "Organization!B7 (Characteristics: premises): expected yes or no, not 'sometimes'",
                "Policy!B9 (Approved on): '2026-02-30' is not a valid date: expected YYYY-MM-DD, a day that exists in the"
                        + " calendar (e.g. 2026-03-01)",
                "Documents!C2 (Type): 'handbook' is not allowed here; expected one of: " + DOCUMENT_TYPES,
                "'Document revisions'!A3 (Document id): no entry 'DOC-X' in sheet Documents",
                "Assets!D2 (Owner): unknown reference 'P-404': expected the id of an entry of sheet People, but no entity"
                        + " has this id",
                "Risks!G2 (Impact): expected a whole number, not 'high'",
                "Risks!H2 (Likelihood): expected a whole number, not 2.5",
                "Risks!B3 (Asset ids): unknown reference 'A-9': expected the id of an entry of sheet Assets, but no entity"
                        + " has this id",
                "Risks!K3 (Treatment): 'mitigate' is not allowed here; expected one of: apply-controls, accept, avoid, transfer",
                "SoA!F2 (Status): 'done' is not allowed here; expected one of: implemented, partial, planned, not-implemented",
                "SoA!A3 (Control): 'A.99.1.1' is not an Annex A control id of the catalogue",
                "People!N1: unknown column 'Department' in sheet People; columns of your own start with x-",
                "People!G2 (Started on): '31/12/2020' is not a valid date: expected YYYY-MM-DD, a day that exists in the"
                        + " calendar (e.g. 2026-03-01)",
                "People!E3 (Management): expected yes or no, not 'maybe'",
                "People!H3 (Left on): leftOn 2021-01-01 is before startedOn 2021-06-01: a person cannot leave before starting",
                "People!A4 (Id): duplicate id 'P-1': ids must be unique across the snapshot, and it is already used at"
                        + " People!A2",
                "Accounts!E2 (Enabled): expected yes or no, not 'si'",
                "Incidents!F2 (Detected at): 'yesterday' is not a valid date-time: expected YYYY-MM-DDThh:mm:ss with Z or a"
                        + " UTC offset, a time that exists (e.g. 2026-03-01T09:30:00Z or 2026-03-01T10:30:00+01:00)");
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header + " in " + sheet.getSheetName());
    }

    static void set(XSSFWorkbook workbook, String sheetName, int rowNumber, String header, Object value) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.getRow(rowNumber - 1) == null ? sheet.createRow(rowNumber - 1) : sheet.getRow(rowNumber - 1);
        Cell cell = row.createCell(column(sheet, header));
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else {
            cell.setCellValue((String) value);
        }
    }

    static void field(XSSFWorkbook workbook, String sheetName, String field, String value) {
        Sheet sheet = workbook.getSheet(sheetName);
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(field)) {
                row.createCell(1).setCellValue(value);
                return;
            }
        }
        throw new IllegalArgumentException("no field " + field);
    }

    static void header(XSSFWorkbook workbook, String sheetName, String title) {
        Row header = workbook.getSheet(sheetName).getRow(0);
        header.createCell(header.getLastCellNum()).setCellValue(title);
    }
}
