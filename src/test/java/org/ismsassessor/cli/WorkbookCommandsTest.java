package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** template, import and export on the command line, and assess and validate reading a workbook directly. */
class WorkbookCommandsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String BASE = """
            {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "base",
             "organization": {"id": "ORG", "name": "Example Ltd"},
             "people": [{"id": "P-1", "name": "Ada", "management": true},
                        {"id": "P-2", "name": "Alan", "x-team": "Ops"}]}
            """;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void theTemplateAsItIsNamesWhatMustBeFilledInAndNothingIsWritten(@TempDir Path dir) {
        Path template = dir.resolve("isms.xlsx");
        CommandRun written = run("template", "--out", template.toString());
        assertThat(written.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(written.err()).isEqualTo("wrote " + template + "\n");

        Path out = dir.resolve("snapshot.json");
        CommandRun imported = run("import", template.toString(), "--out", out.toString());
        assertThat(imported.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(imported.err()).isEqualTo(template + " does not make a valid snapshot; nothing was written: 1 error\n"
                + "  Organization!B2 (Id): the organization is required: fill in at least its id\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anExportedSampleImportsToTheSameSnapshotAndIsAssessedAsItIs(@TempDir Path dir) throws IOException {
        Path sample = Path.of("samples/brightpath-software.json");
        Path workbook = dir.resolve("client.xlsx");
        assertThat(run("export", sample.toString(), "--out", workbook.toString()).exitCode()).isEqualTo(ExitCode.OK);

        Path checked = dir.resolve("checked.json");
        CommandRun dryRun = run("import", workbook.toString(), "--out", checked.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(dryRun.out()).startsWith(workbook + " makes a valid snapshot (").endsWith("; nothing written (--dry-run)\n");
        assertThat(checked).doesNotExist();

        Path snapshot = dir.resolve("snapshot.json");
        assertThat(run("import", workbook.toString(), "--out", snapshot.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(Files.readAllBytes(snapshot))).isEqualTo(JSON.readTree(Files.readAllBytes(sample)));

        CommandRun validated = run("validate", workbook.toString());
        assertThat(validated.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(validated.out()).startsWith(workbook + " is a valid snapshot (");
        CommandRun fromWorkbook = run("assess", workbook.toString(), "--date", "2026-11-29", "--format", "md");
        CommandRun fromJson = run("assess", sample.toString(), "--date", "2026-11-29", "--format", "md");
        assertThat(fromWorkbook.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(fromWorkbook.out()).isEqualTo(fromJson.out());
    }

    @Test
    void aSectionStatedNotToExistIsRefusedByExportNotDropped(@TempDir Path dir) throws IOException {
        Path snapshot = dir.resolve("stated.json");
        Files.writeString(snapshot, """
                {"formatVersion": "1.1", "edition": "iso27001-2005",
                 "organization": {"id": "ORG", "name": "Example Ltd"},
                 "auditProgramme": {"exists": false}}
                """);
        Path workbook = dir.resolve("stated.xlsx");
        CommandRun exported = run("export", snapshot.toString(), "--out", workbook.toString());
        assertThat(exported.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(exported.err()).isEqualTo(snapshot + " cannot be written as a workbook: 1 error\n"
                + "  $.auditProgramme: the workbook cannot hold the statement that auditProgramme does not exist"
                + " ({\"exists\": false}); keep this snapshot as JSON, or remove the statement (the section is then not"
                + " provided, a gap) before exporting\n");
        assertThat(workbook).doesNotExist();
    }

    @Test
    void csvFilesAreMergedIntoASnapshotByIdKeepingWhatTheyDoNotName(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("base.json");
        Files.writeString(base, BASE);
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "Id,Name,Management,Started on\nP-1,Ada Lovelace,yes,2019-03-01\nP-3,Grace,no,\n");
        Path out = dir.resolve("merged.json");
        CommandRun merged = run("import", people.toString(), "--into", base.toString(), "--out", out.toString());
        assertThat(merged.exitCode()).as(merged.err()).isEqualTo(ExitCode.OK);
        assertThat(merged.out()).isEqualTo("wrote " + out + " (2 entries from 1 sheet; merged into " + base
                + ": 1 replaced, 1 added, 2 kept)\n");
        JsonNode expected = JSON.readTree("""
                {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "base",
                 "organization": {"id": "ORG", "name": "Example Ltd"},
                 "people": [{"id": "P-1", "name": "Ada Lovelace", "management": true, "startedOn": "2019-03-01"},
                            {"id": "P-2", "name": "Alan", "x-team": "Ops"},
                            {"id": "P-3", "name": "Grace", "management": false}]}
                """);
        assertThat(JSON.readTree(Files.readAllBytes(out))).isEqualTo(expected);
    }

    @Test
    void everyProblemOfCsvFilesNamesItsLineAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("base.json");
        Files.writeString(base, BASE);
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "id,name,management,startedOn,leftOn\n"
                + "P-1,Ada,yes,2019-03-01,\n"
                + "\"P-4\",\"Multi\nline\",perhaps,2020-01-01,2019-01-01\n"
                + "P-5,Bob,no,01/02/2020,\n");
        Path accounts = dir.resolve("Accounts.csv");
        Files.writeString(accounts, "Id;Person id;Enabled\nACC-1;P-9;yes\n");
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "a,b\n1,2\n");
        Path out = dir.resolve("merged.json");
        CommandRun merged = run("import", people.toString(), accounts.toString(), notes.toString(), "--into", base.toString(),
                "--out", out.toString());
        assertThat(merged.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(merged.err()).isEqualTo(people + ", " + accounts + ", " + notes
                + " do not make a valid snapshot; nothing was written: 5 errors\n"
                + "  " + people + " line 3 (Management): expected yes or no, not 'perhaps'\n"
                + "  " + people + " line 3 (Left on): leftOn 2019-01-01 is before startedOn 2020-01-01: a person cannot"
                + " leave before starting\n"
                + "  " + people + " line 5 (Started on): '01/02/2020' is not a valid date: expected YYYY-MM-DD, a day that"
                + " exists in the calendar (e.g. 2026-03-01)\n"
                + "  " + accounts + " line 2 (Person id): unknown reference 'P-9': expected the id of an entry of sheet"
                + " People, but no entity has this id\n"
                + "  " + notes + ": the file name names no section of the snapshot; expected one of: " + String.join(", ",
                        org.ismsassessor.workbook.Layout.get().sheets().stream().map(s -> s.name()).toList())
                + " (as .csv files, e.g. people.csv)\n");
        assertThat(out).doesNotExist();
    }
}
