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
                .contains("## 5. Findings the 2022 rule pack raises\n\nAssessed by the ISO/IEC 27001:2022 with Amd 1:2024 rule "
                        + "pack on 2026-05-01, the snapshot re-expressed in 2022 terms (the carried SoA decisions, control "
                        + "references mapped): not ready, 79 findings (major 1, minor 15, gap 61, observation 2).\n")
                .contains("| Findings of the 2022 rule pack | 79 |\n", "| Steps in the transition plan | 136 |\n");
        // The plan: per clause and theme, most urgent first, then findings, obligations, decisions.
        assertThat(run.out()).contains("## Transition plan, by clause and theme\n\nWhat to do to show the 2022 edition, per "
                + "clause and Annex A theme, most urgent first: 3 immediate, 40 high, 75 medium, 18 low.\n")
                .contains("""
                        ### Clause 6: planning

                        | Priority | Step | Id | Title | Why |
                        |---|---|---|---|---|
                        | immediate | close finding | 6.1.2.b | Risk R-004 has level 9 where the methodology gives 12 | minor (F-769b45a2eb06) |
                        | immediate | close finding | 6.1.2.e.1 | Risk R-013 is above the acceptance threshold but has no treatment \
                        decision | minor (F-bd86e92a15ae) |
                        | high | close finding | 6.1.1.d | No preventive action is recorded | minor (F-55aed5e40959) |
                        | high | close finding | 6.1.3.c | Annex A control is missing from the Statement of Applicability: 28 \
                        items (A.5.19 (Information security in supplier relationships), A.5.21 (Managing information \
                        security in the ICT supply chain), A.5.23 (Information security for use of cloud services), A.5.25 \
                        (Assessment and decision on information security events), A.5.26 (Response to information \
                        security incidents), ...) | minor (F-a1db69ca593e, 28 items) |
                        | high | evidence new obligation | 6.1.1 | Risks and opportunities: general | new since 2013: Risks and \
                        opportunities of the ISMS itself are determined and actions planned |
                        | high | evidence new obligation | 6.3 | Planning of changes to the ISMS | new since 2022: Changes to the \
                        ISMS are carried out in a planned manner |
                        """)
                .contains("| medium | take SoA decision | A.5.18 | Access rights | the sources disagree: applicable, "
                        + "implemented (A.11.2.1, A.8.3.3); applicable, partial (A.11.2.4) |\n")
                .contains("| high | take SoA decision | A.5.7 | Threat intelligence | new in 2022: no earlier control to carry "
                        + "a decision from |\n")
                .contains("### Earlier controls without a 2022 control\n\n| Priority | Step | Id | Title | Why |\n"
                        + "|---|---|---|---|---|\n| low | account for earlier control | A.6.1.1 | Management commitment to "
                        + "information security | applicable, implemented: Management commitment moved into the requirements "
                        + "of clause 5.1 (leadership); no Annex A control |\n");
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
        JsonNode pack = json.get("packFindings");
        assertThat(pack.get("assessed").asBoolean()).isTrue();
        assertThat(pack.get("verdict").asString()).isEqualTo("not-ready");
        assertThat(pack.get("findings")).hasSize(79);
        assertThat(pack.get("findings").valueStream().filter(f -> f.get("kind").asString().equals("major-nonconformity"))
                .map(f -> f.get("requirement").asString() + " " + f.get("title").asString()).toList())
                .containsExactly("9.3.2.a Systemic failure in the inputs of the management review: 6 requirements not met "
                        + "(9.3.2.a, 9.3.2.c, 9.3.2.d, 9.3.2.e, 9.3.2.f, 9.3.2.g)");
        assertThat(json.get("plan").get("groups").valueStream()
                .map(g -> g.get("group").asString() + ":" + g.get("steps").size()).toList())
                .containsExactly("4:9", "5:4", "6:14", "7:7", "8:2", "9:9", "10:4", "A.5:25", "A.6:2", "A.7:7", "A.8:37",
                        "earlier:16");
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
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
            assertThat(workbook.getSheetName(1)).isEqualTo(TransitionWorkbook.PLAN_SHEET);
            var plan = workbook.getSheet(TransitionWorkbook.PLAN_SHEET);
            assertThat(plan.getLastRowNum()).isEqualTo(136);
            assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(i -> plan.getRow(1).getCell(i).getStringCellValue()))
                    .containsExactly("Clause 4: context of the organization", "high", "evidence new obligation", "4.1",
                            "Understanding the organization and its context",
                            "new since 2013: Issues of the organization and its context are determined");
            var pack = workbook.getSheet(TransitionWorkbook.PACK_SHEET);
            assertThat(pack.getLastRowNum()).isEqualTo(80);
            assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(i -> pack.getRow(2).getCell(i).getStringCellValue()))
                    .containsExactly("F-2c4e03f7eb3d", "4.1", "gap", "medium", "The snapshot lists no issues of the context",
                            "$.issues");
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
        assertThat(json.get("packFindings").toString()).isEqualTo("{\"assessed\":false,\"note\":\"Not assessed: a 2013 SoA "
                + "given as CSV holds decisions, not the facts the ISO/IEC 27001:2022 rule pack checks; give a snapshot "
                + "without --soa-2013 to have it assessed.\",\"findings\":[]}");
    }

    @Test
    void theSnapshotReexpressedIn2022TermsIsWrittenAndAssessesAsThePlanSays(@TempDir Path dir) throws IOException {
        Path written = dir.resolve("brightpath-2022.json");
        CommandRun run = CommandRun.of("transition", SAMPLE, "--to", "iso27001-2022", "--date", "2026-05-01",
                "--format", "json", "--out", dir.resolve("plan.json").toString(), "--write-snapshot", written.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode snapshot = JsonMapper.builder().build().readTree(Files.readString(written));
        assertThat(snapshot.get("edition").asString()).isEqualTo("iso27001-2022");
        // 61 decisions carried, 4 merged controls whose applicable sources differ only in status (least advanced).
        JsonNode entries = snapshot.get("statementOfApplicability").get("entries");
        assertThat(entries).hasSize(65);
        JsonNode access = entries.valueStream().filter(e -> e.get("control").asString().equals("A.5.18")).findFirst()
                .orElseThrow();
        assertThat(access.get("status").asString()).isEqualTo("partial");
        assertThat(entries.valueStream().filter(e -> e.get("control").asString().equals("A.5.7"))).isEmpty();
        // A treatment plan item's 2005 controls become the 2022 controls they reach, each once.
        assertThat(snapshot.get("treatmentPlan").get(0).get("controlIds").toString())
                .isEqualTo("[\"A.8.3\",\"A.5.36\",\"A.8.8\",\"A.8.15\"]");

        CommandRun assessed = CommandRun.of("assess", written.toString(), "--date", "2026-05-01", "--format", "json");
        JsonNode result = JsonMapper.builder().build().readTree(assessed.out());
        assertThat(result.get("assessor").get("edition").asString()).isEqualTo("iso27001-2022");
        assertThat(result.get("findings")).hasSize(79);

        CommandRun twice = CommandRun.of("transition", SAMPLE, "--to", "iso27001-2022", "--write-snapshot", SAMPLE);
        assertThat(twice.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(twice.err()).startsWith("error: ");
    }

    @Test
    void onlyThe2022EditionIsATarget() {
        CommandRun run = CommandRun.of("transition", SAMPLE, "--to", "iso27001-2013");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: --to iso27001-2013: expected iso27001-2022 (the only edition a transition "
                + "goes to)\n");
    }
}
