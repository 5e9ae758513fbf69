package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ismsassessor.transition.TransitionWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TransitionCommandTest {
    private static final String SAMPLE = "samples/brightpath-software.json";

    @Test
    void brightPathInMarkdownSaysWhichDecisionsCarryOverAndWhichAreNew() {
        CommandRun run = CommandRun.of("transition", SAMPLE, "--to", "iso27001-2022", "--date", "2026-05-01");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# Transition to ISO/IEC 27001:2022: BrightPath Software Ltd\n")
                .contains("| Decisions that carry over | 61 |\n", "| New decisions needed | 32 |\n",
                        "| Controls with nothing to carry over | 18 |\n", "| New clause obligations | 9 |\n",
                        "| Earlier controls without a 2022 control | 21 |\n")
                .contains("| A.5.3 | Segregation of duties | carries over | applicable, implemented | A.10.1.3 (applicable, "
                        + "implemented) via A.6.1.2 | one earlier decision: applicable, implemented | Operation of the SaaS "
                        + "platform on AWS and corporate SaaS tools: segregation of duties |\n")
                .contains("| A.5.6 | Contact with special interest groups | new decision needed |  | A.6.1.7 (not in the SoA) "
                        + "via A.6.1.4 | A.6.1.7 is not in the SoA |  |\n")
                .contains("| A.5.29 | Information security during disruption | new decision needed |  |")
                .contains("the sources disagree: applicable, implemented (A.14.1.2, A.14.1.1, A.14.1.3, A.14.1.4); "
                        + "applicable, planned (A.14.1.5)")
                .contains("| A.8.28 | Secure coding | technological | 2022 |")
                .contains("| 6.3 | Planning of changes to the ISMS | 2022 |")
                .contains("| A.11.4.4 | Remote diagnostic and configuration port protection | not applicable |")
                .contains("## 5. Findings the 2022 rule pack raises\n\nNot assessed:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void brightPathInJsonCarriesTheDecisionsAndTheirJustifications(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("plan.json");
        CommandRun run = CommandRun.of("transition", SAMPLE, "--to", "iso27001-2022", "--date", "2026-05-01",
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEqualTo("wrote " + out + "\n");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out));
        assertThat(json.get("fromEdition").asString()).isEqualTo("iso27001-2005");
        assertThat(json.get("date").asString()).isEqualTo("2026-05-01");
        assertThat(json.get("summary").toString()).isEqualTo("{\"soaEntries\":130,\"controls\":93,\"carryOver\":61,"
                + "\"newDecision\":32,\"newControls\":18,\"newObligations\":9,\"withoutSuccessor\":21}");
        JsonNode physicalPerimeter = json.get("controls").valueStream()
                .filter(c -> c.get("control").asString().equals("A.7.1")).findFirst().orElseThrow();
        assertThat(physicalPerimeter.get("outcome").asString()).isEqualTo("carries-over");
        assertThat(physicalPerimeter.get("carried").get("applicable").asBoolean()).isFalse();
        assertThat(physicalPerimeter.get("carried").get("justifications").get(0).asString())
                .startsWith("No own premises: BrightPath is remote-first");
        assertThat(physicalPerimeter.get("sources").get(0).get("via").toString()).isEqualTo("[\"A.11.1.1\"]");
        assertThat(json.get("packFindings").get("assessed").asBoolean()).isFalse();
        // The same input and date give the same bytes.
        Path again = dir.resolve("again.json");
        CommandRun.of("transition", SAMPLE, "--to", "iso27001-2022", "--date", "2026-05-01", "--out", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(out));
    }

    @Test
    void aWorkbookGetsOneSheetPerSection(@TempDir Path dir) throws IOException {
        CommandRun run = CommandRun.of("transition", SAMPLE, "--to", "iso27001-2022", "--date", "2026-05-01",
                "--format", "xlsx,html", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("brightpath-software-transition.html")))
                .contains("<h2 id=\"pack-findings\">5. Findings the 2022 rule pack raises</h2>");
        try (InputStream in = Files.newInputStream(dir.resolve("brightpath-software-transition.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            var soa = workbook.getSheet(TransitionWorkbook.SOA_SHEET);
            assertThat(soa.getLastRowNum()).isEqualTo(93);
            assertThat(soa.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A.5.1");
            assertThat(soa.getRow(1).getCell(3).getStringCellValue()).isEqualTo("carries over");
        }
    }

    @Test
    void a2013SoaAsCsvWithABadCellIsRefusedNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("soa-2013.csv");
        Files.writeString(csv, "control,applicable,status,justification\nA.5.1.1,yes,implemented,ok\nA.5.1.2,perhaps,,x\n");

        CommandRun run = CommandRun.of("transition", "--soa-2013", csv.toString(), "--to", "iso27001-2022");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(csv + " is not a valid 2013 SoA: 1 error\n  " + csv
                + " line 3, column 2 (applicable): 'perhaps': expected yes or no (or true, false)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a2013SoaAsCsvIsMovedOneStep(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("soa-2013.csv");
        Files.writeString(csv, "control,applicable,status,justification\nA.5.1.1,yes,implemented,policy set\n"
                + "A.5.1.2,yes,implemented,reviewed yearly\n");

        CommandRun run = CommandRun.of("transition", "--soa-2013", csv.toString(), "--to", "iso27001-2022", "--date",
                "2026-05-01", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("organization").asString()).isEqualTo("soa-2013");
        assertThat(json.get("summary").get("carryOver").asInt()).isEqualTo(1);
        assertThat(json.get("controls").get(0).get("reason").asString())
                .isEqualTo("all 2 earlier decisions agree: applicable, implemented");
    }

    @Test
    void onlyThe2022EditionIsATarget() {
        CommandRun run = CommandRun.of("transition", SAMPLE, "--to", "iso27001-2013");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: --to iso27001-2013: expected iso27001-2022 (the only edition a transition "
                + "goes to)\n");
    }
}
