package org.ismsassessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.snapshot.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import --kind}: the exports of an identity provider, an HR system and vulnerability scanners merged into a
 * copy of a sample, re-imported without a change, and assessed for the findings they imply.
 */
class ExportImportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IMPORTS = "src/test/resources/imports/";

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static String fixture(String name) {
        return IMPORTS + name;
    }

    /** Each item of each finding as (requirement it was raised against, kind, subject). */
    private static List<Tuple> items(AssessmentResult result) {
        List<Tuple> items = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.items().isEmpty()) {
                items.add(tuple(f.requirement(), f.kind(), f.subject()));
            } else {
                f.items().forEach(i -> items.add(tuple(i.requirement(), f.kind(), i.subject())));
            }
        }
        return items;
    }

    private static AssessmentResult assessed(Path snapshot) {
        LoadResult loaded = TestEngine.LOADER.load(snapshot);
        assertThat(loaded).as(loaded.toString()).isInstanceOf(LoadResult.Loaded.class);
        return TestEngine.ASSESSMENT.assess((LoadResult.Loaded) loaded, Samples.DATE, IntervalSettings.defaults());
    }

    private static void imported(String... args) {
        CommandRun run = run(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void hrIdentityProviderAndScannerExportsRaiseTheFindingsTheyImply(@TempDir Path dir) throws IOException {
        Path hr = dir.resolve("1-hr.json");
        Path entra = dir.resolve("2-entra.json");
        Path trivy = dir.resolve("3-trivy.json");
        Path grype = dir.resolve("4-grype.json");
        Path rescan = dir.resolve("5-rescan.json");
        imported("import", fixture("hr-export.csv"), "--kind", "hr-csv", "--mapping", fixture("hr-mapping.json"),
                "--into", Samples.file("northwind-mature").toString(), "--out", hr.toString());
        imported("import", fixture("entra-users.csv"), "--system", "AST-NW-AD", "--roles",
                fixture("entra-role-assignments.csv"), "--into", hr.toString(), "--out", entra.toString());
        imported("import", fixture("trivy-portal-2026-10-01.json"), "--asset", "AST-NW-PORTAL-PROD", "--scan-date",
                "2026-10-01", "--into", entra.toString(), "--out", trivy.toString());
        imported("import", fixture("grype-claims-api.json"), "--asset", "AST-NW-CORE-APP", "--scan-date", "2026-08-15",
                "--into", trivy.toString(), "--out", grype.toString());
        imported("import", fixture("trivy-portal-2026-11-20.json"), "--asset", "AST-NW-PORTAL-PROD", "--scan-date",
                "2026-11-20", "--into", grype.toString(), "--out", rescan.toString());

        // What the exports imply, and nothing else: the SOC analyst who left on 31 October still has an enabled
        // directory account (and her SIEM account from the sample); the critical Go vulnerability found on 1 October
        // is past its 30 days, the high Log4j one found on 15 August past its 90; the new hire from the HR export has
        // none of the personnel records (her awareness training is not due yet: she started 27 days ago, within the
        // induction period); the new directory accounts show no review, the two administrators of the role
        // assignments no authorization, and the backup service account belongs to nobody.
        List<Tuple> before = items(Samples.assessed("northwind-mature"));
        List<Tuple> after = items(assessed(rescan));
        assertThat(before).isSubsetOf(after);
        List<Tuple> added = new ArrayList<>(after);
        added.removeAll(before);
        assertThat(added).containsExactlyInAnyOrder(
                tuple("A.8.3.3", FindingKind.MINOR_NONCONFORMITY, "AST-NW-AD:julia.becker@northwind-assurance.de"),
                tuple("A.8.3.3", FindingKind.MINOR_NONCONFORMITY, "ACC-NW-0006"),
                tuple("A.12.6.1", FindingKind.MINOR_NONCONFORMITY, "VUL-CVE-2024-45337-f3c94019"),
                tuple("A.12.6.1", FindingKind.MINOR_NONCONFORMITY, "VUL-GHSA-7rjr-3q55-vv33-1c34a4d0"),
                tuple("A.8.1.2", FindingKind.GAP, "HR-1051"),
                tuple("A.8.1.3", FindingKind.GAP, "HR-1051"),
                tuple("A.6.1.5", FindingKind.GAP, "HR-1051"),
                tuple("A.7.1.3", FindingKind.GAP, "HR-1051"),
                tuple("A.11.2.2", FindingKind.GAP, "AST-NW-AD:stefan.wolf@northwind-assurance.de"),
                tuple("A.11.2.2", FindingKind.GAP, "AST-NW-AD:nina.hartmann@northwind-assurance.de"),
                tuple("A.11.2.4", FindingKind.GAP, "AST-NW-AD:stefan.wolf@northwind-assurance.de"),
                tuple("A.11.2.4", FindingKind.GAP, "AST-NW-AD:nina.hartmann@northwind-assurance.de"),
                tuple("A.11.2.4", FindingKind.GAP, "AST-NW-AD:julia.becker@northwind-assurance.de"),
                tuple("A.11.2.4", FindingKind.GAP, "AST-NW-AD:svc-backup@northwind-assurance.de"),
                tuple("A.11.2.4", FindingKind.GAP, "AST-NW-AD:h.vogt_sap-consult.example#ext#@northwindassurance.onmicrosoft.com"),
                tuple("A.11.5.2", FindingKind.MINOR_NONCONFORMITY, "AST-NW-AD:svc-backup@northwind-assurance.de"));

        // Importing each export again changes nothing, byte for byte.
        Path again = dir.resolve("again.json");
        for (String[] args : List.of(
                new String[] {fixture("hr-export.csv"), "--kind", "hr-csv", "--mapping", fixture("hr-mapping.json")},
                new String[] {fixture("entra-users.csv"), "--system", "AST-NW-AD", "--roles", fixture("entra-role-assignments.csv")},
                new String[] {fixture("grype-claims-api.json"), "--asset", "AST-NW-CORE-APP", "--scan-date", "2026-08-15"},
                new String[] {fixture("trivy-portal-2026-11-20.json"), "--asset", "AST-NW-PORTAL-PROD", "--scan-date", "2026-11-20"},
                // a later import of the same scan keeps the first discovery dates
                new String[] {fixture("trivy-portal-2026-11-20.json"), "--asset", "AST-NW-PORTAL-PROD", "--scan-date", "2026-11-27"})) {
            List<String> command = new ArrayList<>(List.of("import"));
            command.addAll(List.of(args));
            command.addAll(List.of("--into", rescan.toString(), "--out", again.toString()));
            CommandRun run = run(command.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("; nothing changed)");
            assertThat(Files.readAllBytes(again)).as(String.join(" ", args)).isEqualTo(Files.readAllBytes(rescan));
        }
    }

    @Test
    void aVulnerabilityKeepsItsFirstDiscoveryAndIsRemediatedWhenALaterScanNoLongerShowsIt(@TempDir Path dir)
            throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        imported("import", fixture("trivy-portal-2026-10-01.json"), "--asset", "AST-NW-PORTAL-PROD", "--scan-date",
                "2026-10-01", "--into", Samples.file("northwind-mature").toString(), "--out", first.toString());
        CommandRun dryRun = run("import", fixture("trivy-portal-2026-11-20.json"), "--asset", "AST-NW-PORTAL-PROD",
                "--scan-date", "2026-11-20", "--into", first.toString(), "--out", second.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(dryRun.out()).isEqualTo(fixture("trivy-portal-2026-11-20.json") + " (trivy) would be merged into "
                + first + " (4 vulnerabilities read; 0 added, 1 changed); nothing written (--dry-run)\n"
                + "  ~ vulnerabilities VUL-CVE-2024-2961-627b3c6f: status open -> remediated, remediatedOn (none) -> 2026-11-20\n"
                + "2 notes (read but not mapped or matched):\n"
                + "  " + fixture("trivy-portal-2026-11-20.json") + " $.Results[2].Misconfigurations: Misconfigurations (1)"
                + " reported on /etc/nginx/conf.d/default.conf are not vulnerabilities: not imported\n"
                + "  " + fixture("trivy-portal-2026-11-20.json") + " $.Results[1].Vulnerabilities[2]: 1 vulnerability of"
                + " unknown severity imported without one: rate it in the snapshot, as no remediation deadline applies"
                + " until then\n");
        assertThat(second).doesNotExist();

        imported("import", fixture("trivy-portal-2026-11-20.json"), "--asset", "AST-NW-PORTAL-PROD", "--scan-date",
                "2026-11-20", "--into", first.toString(), "--out", second.toString());
        JsonNode snapshot = JSON.readTree(Files.readAllBytes(second));
        // A scanner report fills no field new in 1.1: the snapshot keeps its own version (the sample is 1.1).
        assertThat(snapshot.path("formatVersion").asString()).isEqualTo("1.1");
        List<JsonNode> imported = new ArrayList<>();
        snapshot.path("vulnerabilities").forEach(v -> {
            if (v.has("x-scanner")) {
                imported.add(v);
            }
        });
        assertThat(imported).containsExactly(JSON.readTree("""
                [{"id": "VUL-CVE-2024-2961-627b3c6f", "assetId": "AST-NW-PORTAL-PROD",
                  "reference": "CVE-2024-2961 in libc6 2.36-9+deb12u4", "severity": "high", "discoveredOn": "2026-10-01",
                  "status": "remediated", "x-scanner": "trivy", "remediatedOn": "2026-11-20"},
                 {"id": "VUL-CVE-2011-3374-7e3d20de", "assetId": "AST-NW-PORTAL-PROD", "reference": "CVE-2011-3374 in apt 2.6.1",
                  "severity": "low", "discoveredOn": "2026-10-01", "status": "open", "x-scanner": "trivy"},
                 {"id": "VUL-CVE-2024-45337-f3c94019", "assetId": "AST-NW-PORTAL-PROD",
                  "reference": "CVE-2024-45337 in golang.org/x/crypto v0.21.0", "severity": "critical",
                  "discoveredOn": "2026-10-01", "status": "open", "x-scanner": "trivy"},
                 {"id": "VUL-CVE-2023-44487-c8499510", "assetId": "AST-NW-PORTAL-PROD",
                  "reference": "CVE-2023-44487 in golang.org/x/net v0.15.0", "severity": "high", "discoveredOn": "2026-10-01",
                  "status": "open", "x-scanner": "trivy"},
                 {"id": "VUL-CVE-2026-10422-157269ed", "assetId": "AST-NW-PORTAL-PROD",
                  "reference": "CVE-2026-10422 in github.com/northwind/pdfkit v1.4.2", "discoveredOn": "2026-10-01",
                  "status": "open", "x-scanner": "trivy"}]
                """).valueStream().toArray(JsonNode[]::new));
        // The vulnerabilities entered by hand are left alone.
        assertThat(snapshot.path("vulnerabilities").size()).isEqualTo(6 + 5);

        // The old image deployed again: what was fixed is reported again, and open again, dated from its discovery.
        Path third = dir.resolve("third.json");
        CommandRun rollback = run("import", fixture("trivy-portal-2026-10-01.json"), "--asset", "AST-NW-PORTAL-PROD",
                "--scan-date", "2026-11-25", "--into", second.toString(), "--out", third.toString());
        assertThat(rollback.exitCode()).as(rollback.err()).isEqualTo(ExitCode.OK);
        assertThat(rollback.out()).contains("  " + fixture("trivy-portal-2026-10-01.json") + " $.Results[0].Vulnerabilities[0]:"
                + " VUL-CVE-2024-2961-627b3c6f was remediated but is reported again: open again\n");
        JsonNode reopened = JSON.readTree(Files.readAllBytes(third)).path("vulnerabilities").get(6);
        assertThat(reopened).isEqualTo(JSON.readTree("""
                {"id": "VUL-CVE-2024-2961-627b3c6f", "assetId": "AST-NW-PORTAL-PROD",
                 "reference": "CVE-2024-2961 in libc6 2.36-9+deb12u4", "severity": "high", "discoveredOn": "2026-10-01",
                 "status": "open", "x-scanner": "trivy"}
                """));
    }

    private static final String BASE = """
            {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "Example",
             "organization": {"id": "ORG", "name": "Example Ltd"},
             "assets": [{"id": "AST-OKTA", "name": "Okta (workforce identity)"},
                        {"id": "AST-VPN", "name": "vpn.northwind-assurance.de"},
                        {"id": "AST-SSH", "name": "Bastion host 10.20.1.25"}],
             "people": [{"id": "P-1", "name": "Ada Lovelace", "email": "ada@example.com"},
                        {"id": "P-2", "name": "Alan Turing", "leftOn": "2026-06-30"}]}
            """;

    private static Path base(Path dir) throws IOException {
        Path base = dir.resolve("base.json");
        Files.writeString(base, BASE);
        return base;
    }

    @Test
    void googleWorkspaceUsersWithAListOfSuperAdminsShowTheLeaverWhoseAccountIsActive(@TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("google.json");
        String sample = Samples.file("brightpath-software").toString();
        CommandRun run = run("import", fixture("google-users.csv"), "--system", "AST-BP-GWS", "--privileged",
                fixture("google-super-admins.txt"), "--into", sample, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("wrote " + out + " (" + fixture("google-users.csv") + " (google-users) merged into "
                + sample + ": 7 accounts read; 7 added, 0 changed)\n"
                + "4 notes (read but not mapped or matched):\n"
                + "  " + fixture("google-users.csv") + " line 7: account support@brightpath.io (Support Team) matches no"
                + " person by e-mail or name; its personId is left empty\n"
                + "  " + fixture("google-users.csv") + " line 8: account li.wei@brightpath.io (Li Wei) matches no person"
                + " by e-mail or name; its personId is left empty\n"
                + "  " + fixture("google-super-admins.txt") + " line 4: 'ACC-BP-0005' holds privileges but is no account"
                + " of the export; nothing was marked\n"
                + "  " + fixture("google-users.csv") + ": 5 accounts of AST-BP-GWS in the snapshot are not in the export,"
                + " kept as they are: ACC-BP-0005, ACC-BP-0026, ACC-BP-0031, ACC-BP-0033, ACC-BP-0040\n");
        JsonNode snapshot = JSON.readTree(Files.readAllBytes(out));
        assertThat(snapshot.path("formatVersion").asString()).isEqualTo("1.1");
        List<JsonNode> accounts = new ArrayList<>();
        snapshot.path("accounts").forEach(a -> {
            if (a.path("id").asString().startsWith("AST-BP-GWS:")) {
                accounts.add(a);
            }
        });
        assertThat(accounts).containsExactly(JSON.readTree("""
                [{"id": "AST-BP-GWS:daniel.okafor@brightpath.io", "personId": "P-001", "systemId": "AST-BP-GWS",
                  "privileged": true, "enabled": true, "lastSignInOn": "2026-11-28"},
                 {"id": "AST-BP-GWS:ben.carter@brightpath.io", "personId": "P-016", "systemId": "AST-BP-GWS",
                  "privileged": true, "enabled": true, "lastSignInOn": "2026-11-27"},
                 {"id": "AST-BP-GWS:megan.lloyd@brightpath.io", "personId": "P-024", "systemId": "AST-BP-GWS",
                  "privileged": false, "enabled": true, "lastSignInOn": "2026-08-13"},
                 {"id": "AST-BP-GWS:callum.reid@brightpath.io", "personId": "P-025", "systemId": "AST-BP-GWS",
                  "privileged": false, "enabled": false, "lastSignInOn": "2026-04-30"},
                 {"id": "AST-BP-GWS:harriet.cole@brightpath.io", "personId": "P-027", "systemId": "AST-BP-GWS",
                  "privileged": false, "enabled": true, "lastSignInOn": "2026-11-28"},
                 {"id": "AST-BP-GWS:support@brightpath.io", "systemId": "AST-BP-GWS", "privileged": false,
                  "enabled": true, "lastSignInOn": "2026-11-28"},
                 {"id": "AST-BP-GWS:li.wei@brightpath.io", "systemId": "AST-BP-GWS", "privileged": false,
                  "enabled": true, "lastSignInOn": "never"}]
                """).valueStream().toArray(JsonNode[]::new));

        // Megan Lloyd left on 14 August; Google still shows her account active (the one disabled suspended does not count).
        List<Tuple> before = items(Samples.assessed("brightpath-software"));
        List<Tuple> added = new ArrayList<>(items(assessed(out)));
        added.removeAll(before);
        assertThat(added).filteredOn(t -> t.toList().get(0).equals("A.8.3.3")).containsExactly(
                tuple("A.8.3.3", FindingKind.MINOR_NONCONFORMITY, "AST-BP-GWS:megan.lloyd@brightpath.io"));
    }

    @Test
    void oktasPasswordHealthReportGivesStatusActivationAndLastLogin(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("okta.json");
        Path base = base(dir);
        CommandRun run = run("import", fixture("okta-password-health.csv"), "--system", "AST-OKTA", "--into",
                base.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("wrote " + out + " (" + fixture("okta-password-health.csv") + " (okta-users)"
                + " merged into " + base + ": 3 accounts read; 3 added, 0 changed)\n"
                + "1 note (read but not mapped or matched):\n"
                + "  " + fixture("okta-password-health.csv") + " line 4: account grace@example.com (Grace Hopper) matches"
                + " no person by e-mail or name; its personId is left empty\n");
        JsonNode snapshot = JSON.readTree(Files.readAllBytes(out));
        assertThat(snapshot.path("formatVersion").asString()).isEqualTo("1.1");
        assertThat(snapshot.path("accounts")).isEqualTo(JSON.readTree("""
                [{"id": "AST-OKTA:ada@example.com", "personId": "P-1", "systemId": "AST-OKTA", "enabled": true,
                  "createdOn": "2024-02-01", "lastSignInOn": "2026-11-20"},
                 {"id": "AST-OKTA:alan@example.com", "personId": "P-2", "systemId": "AST-OKTA", "enabled": false,
                  "createdOn": "2023-05-15", "lastSignInOn": "2026-06-30"},
                 {"id": "AST-OKTA:grace@example.com", "systemId": "AST-OKTA", "enabled": true, "createdOn": "2025-01-06",
                  "lastSignInOn": "never"}]
                """));
    }

    @Test
    void scannerCsvsAreMatchedToAssetsByHostAndAHostScannedAgainLosesWhatIsFixed(@TempDir Path dir) throws IOException {
        Path base = base(dir);
        Path greenbone = dir.resolve("greenbone.json");
        CommandRun first = run("import", fixture("greenbone-results.csv"), "--scan-date", "2026-11-16", "--into",
                base.toString(), "--out", greenbone.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).isEqualTo("wrote " + greenbone + " (" + fixture("greenbone-results.csv") + " (scanner-csv)"
                + " merged into " + base + ": 3 vulnerabilities read; 2 added, 0 changed)\n"
                + "2 notes (read but not mapped or matched):\n"
                + "  " + fixture("greenbone-results.csv") + ": 1 result of severity Log or None (information, not"
                + " vulnerabilities) not imported, the first at " + fixture("greenbone-results.csv") + " line 6\n"
                + "  " + fixture("greenbone-results.csv") + " line 7: the scanned target '10.20.9.40' (1 vulnerability) is"
                + " no asset: no asset has this id or name; give --asset ID or name an asset after it. Not imported\n");
        Path nessus = dir.resolve("nessus.json");
        imported("import", fixture("nessus-scan.csv"), "--mapping", "nessus", "--scan-date", "2026-11-17", "--into",
                greenbone.toString(), "--out", nessus.toString());

        // The next Greenbone scan of the VPN gateway no longer finds the critical RCE: fixed on the scan's day. The
        // Nessus finding on the bastion host, another scanner's, stays open.
        Path rescan = dir.resolve("greenbone-rescan.csv");
        List<String> lines = Files.readAllLines(Path.of(fixture("greenbone-results.csv")));
        Files.write(rescan, List.of(lines.get(0), lines.get(3), lines.get(4)));
        Path after = dir.resolve("after.json");
        imported("import", rescan.toString(), "--kind", "scanner-csv", "--mapping", "greenbone", "--scan-date",
                "2026-11-23", "--into", nessus.toString(), "--out", after.toString());
        assertThat(JSON.readTree(Files.readAllBytes(after)).path("vulnerabilities")).isEqualTo(JSON.readTree("""
                [{"id": "VUL-CVE-2026-23120-8cdf57af", "assetId": "AST-VPN",
                  "reference": "CVE-2026-23120: SSL-VPN Pre-Authentication Remote Code Execution Vulnerability on 443/tcp",
                  "severity": "critical", "discoveredOn": "2026-11-16", "status": "remediated", "x-scanner": "greenbone",
                  "remediatedOn": "2026-11-23"},
                 {"id": "VUL-1.3.6.1.4.1.25623.1.0.105610-c6e7a6e6", "assetId": "AST-VPN",
                  "reference": "1.3.6.1.4.1.25623.1.0.105610: Weak MAC Algorithm(s) Supported (SSH) on 22/tcp",
                  "severity": "medium", "discoveredOn": "2026-11-16", "status": "open", "x-scanner": "greenbone"},
                 {"id": "VUL-CVE-2023-48795-604af66e", "assetId": "AST-SSH",
                  "reference": "CVE-2023-48795: SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795) on 22/tcp",
                  "severity": "medium", "discoveredOn": "2026-11-17", "status": "open", "x-scanner": "nessus"}]
                """));
    }

    @Test
    void badCellsAreAllReportedWithTheirLineAndColumnAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path base = base(dir);
        Path out = dir.resolve("out.json");
        Path users = dir.resolve("users.csv");
        Files.writeString(users, """
                userPrincipalName,displayName,accountEnabled,createdDateTime
                ada@example.com,Ada Lovelace,Yes please,2024-02-01T08:00:00Z
                ,Nobody,True,
                alan@example.com,Alan Turing,False,last tuesday
                ADA@example.com,Ada again,True,
                """);
        CommandRun run = run("import", users.toString(), "--system", "AST-OKTA", "--into", base.toString(), "--out",
                out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(users + " (entra-users) cannot be merged into " + base + "; nothing was written:"
                + " 4 errors\n"
                + "  " + users + " line 2 (accountEnabled): expected True or False, not 'Yes please'\n"
                + "  " + users + " line 3 (userPrincipalName): no user principal name: every user of the download has one\n"
                + "  " + users + " line 4 (createdDateTime): 'last tuesday' is not a date: expected a date such as"
                + " 2026-03-01, 2026-03-01T09:30:00Z, 2026/03/01 09:30:00 or 3/1/2026 9:30:00 AM\n"
                + "  " + users + " line 5: the user ADA@example.com is listed a second time (first at " + users + " line 2)\n");
        assertThat(out).doesNotExist();

        Files.writeString(users, "userPrincipalName,displayName\nada@example.com,Ada Lovelace\n");
        run = run("import", users.toString(), "--kind", "entra-users", "--system", "AST-OKTA", "--into", base.toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(users + " (entra-users) cannot be merged into " + base + "; nothing was written:"
                + " 1 error\n  " + users + " line 1: no column 'accountEnabled', which Entra ID's users download has; the"
                + " columns are: userPrincipalName, displayName\n");

        // Format 1.1 lets a snapshot state it has no accounts at all: an export listing some contradicts it.
        Path none = dir.resolve("no-accounts.json");
        Files.writeString(none, BASE.replace("\"people\":", "\"accounts\": {\"exists\": false}, \"people\":"));
        run = run("import", fixture("okta-password-health.csv"), "--system", "AST-OKTA", "--into", none.toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(fixture("okta-password-health.csv") + " (okta-users) cannot be merged into " + none
                + "; nothing was written: 1 error\n  $.accounts: the snapshot merged into states it has no accounts"
                + " ({\"exists\": false}), but the export lists some; replace that statement with the list (e.g. []) to"
                + " import them\n");

        run = run("import", fixture("entra-users.csv"), "--system", "AST-NOPE", "--into", base.toString(), "--out",
                out.toString());
        assertThat(run.err()).isEqualTo(fixture("entra-users.csv") + " (entra-users) cannot be merged into " + base
                + "; nothing was written: 1 error\n  --system AST-NOPE: no asset with this id in " + base
                + "; name the system the accounts are on by its asset id\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aScanReportIsCheckedAtItsJsonPaths(@TempDir Path dir) throws IOException {
        Path base = base(dir);
        Path out = dir.resolve("out.json");
        Path report = dir.resolve("trivy.json");
        Files.writeString(report, """
                {"SchemaVersion": 2, "ArtifactName": "vpn.northwind-assurance.de",
                 "Results": [{"Target": "vpn.northwind-assurance.de", "Vulnerabilities": [
                   {"PkgName": "openssl", "Severity": "HIGH"},
                   {"VulnerabilityID": "CVE-2026-0001", "PkgName": "zlib", "Severity": "SEVERE"}]}]}
                """);
        CommandRun run = run("import", report.toString(), "--into", base.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(report + " (trivy) cannot be merged into " + base + "; nothing was written: 2 errors\n"
                + "  " + report + " $.Results[0].Vulnerabilities[0].VulnerabilityID: missing: every vulnerability of the"
                + " report has one\n"
                + "  " + report + " $.Results[0].Vulnerabilities[1].Severity: 'SEVERE': expected Critical, High, Medium,"
                + " Low, Negligible, Unknown, Log or None\n");

        Files.writeString(report, "{\"SchemaVersion\": 2, \"Results\": [");
        run = run("import", report.toString(), "--kind", "trivy", "--into", base.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith(report + " (trivy) cannot be merged into " + base + "; nothing was written:"
                + " 1 error\n  " + report + ": malformed JSON at line 1, column 34: ");

        run = run("import", fixture("trivy-portal-2026-10-01.json"), "--into", base.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(fixture("trivy-portal-2026-10-01.json") + " (trivy) cannot be merged into " + base
                + "; nothing was written: 1 error\n  " + fixture("trivy-portal-2026-10-01.json") + ": no scanned target is"
                + " an asset (registry.northwind-assurance.de/portal/web:2026.9.4): no asset has its id or name; give the"
                + " asset scanned with --asset ID, or name an asset after its target\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anHrExportIsReadThroughItsMappingAndItsDatesInTheMappingsFormat(@TempDir Path dir) throws IOException {
        Path base = base(dir);
        Path out = dir.resolve("out.json");
        Path export = dir.resolve("hr.csv");
        Path mapping = dir.resolve("mapping.properties");
        Files.writeString(export, "Name;Mail;Left\nAda Lovelace;ada@example.com;31.02.2026\n");
        Files.writeString(mapping, "name = Name\nemail = Mail\nleavingDate = Left\ndateFormat = dd.MM.yyyy\n");
        CommandRun run = run("import", export.toString(), "--kind", "hr-csv", "--mapping", mapping.toString(), "--into",
                base.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(export + " (hr-csv) cannot be merged into " + base + "; nothing was written: 1 error\n"
                + "  " + export + " line 2 (Left): '31.02.2026' is not a date in the mapping's dateFormat dd.MM.yyyy\n");

        // What the loader then finds wrong in an entry written from the export is told at the export's line.
        Files.writeString(export, "Name;Mail;Started;Left\nGrace Hopper;grace@example.com;01.12.2026;30.11.2026\n");
        Files.writeString(mapping, "name = Name\nemail = Mail\nstartDate = Started\nleavingDate = Left\n"
                + "dateFormat = dd.MM.yyyy\n");
        run = run("import", export.toString(), "--kind", "hr-csv", "--mapping", mapping.toString(), "--into",
                base.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo(export + " (hr-csv) cannot be merged into " + base + "; nothing was written: 1 error\n"
                + "  " + export + " line 2: leftOn 2026-11-30 is before startedOn 2026-12-01: a person cannot leave before"
                + " starting ($.people[2].leftOn of the merged snapshot)\n");

        Files.writeString(export, "Name;Mail;Left\nAda Lovelace;ada@example.com;31.02.2026\n");
        Files.writeString(mapping, "name = Full name\n");
        run = run("import", export.toString(), "--kind", "hr-csv", "--mapping", mapping.toString(), "--into",
                base.toString(), "--out", out.toString());
        assertThat(run.err()).endsWith("  " + export + " line 1: no column 'Full name' (mapped to name by " + mapping
                + "); the columns are: Name, Mail, Left\n");

        Files.writeString(mapping, "name = Name\ndepartment = Dept\n");
        run = run("import", export.toString(), "--kind", "hr-csv", "--mapping", mapping.toString(), "--into",
                base.toString(), "--out", out.toString());
        assertThat(run.err()).endsWith("  " + mapping + ": unknown key 'department'; the keys are: name, firstName,"
                + " lastName, email, employeeNumber, startDate, leavingDate, jobTitle, manager, dateFormat\n");
        assertThat(out).doesNotExist();

        // A person already in the snapshot is found by e-mail; someone new gets an id from the e-mail, stable whatever
        // the row order; the leaving date is the mapping's format read.
        Files.writeString(export, "Name;Mail;Left;Department\nGrace Hopper;grace@example.com;;Research\n"
                + "Ada King;ADA@example.com;30.11.2026;Engineering\n");
        Files.writeString(mapping, "name = Name\nemail = Mail\nleavingDate = Left\ndateFormat = dd.MM.yyyy\n");
        run = run("import", export.toString(), "--kind", "hr-csv", "--mapping", mapping.toString(), "--into",
                base.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("wrote " + out + " (" + export + " (hr-csv) merged into " + base + ": 2 people"
                + " read; 1 added, 1 changed)\n"
                + "1 note (read but not mapped or matched):\n"
                + "  " + export + " line 1: columns the mapping does not name, not read: Department\n");
        assertThat(JSON.readTree(Files.readAllBytes(out)).path("people")).isEqualTo(JSON.readTree("""
                [{"id": "P-1", "name": "Ada Lovelace", "email": "ADA@example.com", "leftOn": "2026-11-30"},
                 {"id": "P-2", "name": "Alan Turing", "leftOn": "2026-06-30"},
                 {"id": "HR-%s", "name": "Grace Hopper", "email": "grace@example.com"}]
                """.formatted(sha256("grace@example.com").substring(0, 8))));
    }

    @Test
    void optionsThatDoNotFitTheKindAreRefused(@TempDir Path dir) throws IOException {
        CommandRun run = run("import", fixture("entra-users.csv"), "--out", dir.resolve("x.json").toString(), "--asset",
                "AST-1", "--mapping", "nessus");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: --kind entra-users merges into a snapshot: give --into SNAPSHOT\n"
                + "error: --mapping does not apply to --kind entra-users\n"
                + "error: --asset does not apply to --kind entra-users\n");
        run = run("import", fixture("hr-export.csv"), "--kind", "hr", "--out", dir.resolve("x.json").toString());
        assertThat(run.err()).isEqualTo("error: --kind hr is not a kind of import; expected one of: workbook, entra-users,"
                + " google-users, okta-users, hr-csv, trivy, grype, scanner-csv\n");
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "Id,Name\nP-1,Ada\n");
        run = run("import", people.toString(), "--system", "AST-1", "--out", dir.resolve("x.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: --system does not apply to the workbook import (--kind workbook)\n");
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
