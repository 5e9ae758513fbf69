package org.ismsassessor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A user rule file that does not build: the jar's assess exits 2 naming the file and the line, without a stack
 * trace; the same assessment without --rules gives the sample's usual findings (the built-in rules unaffected).
 */
class BrokenRulesIT {

    @Test
    void aBrokenRuleFileIsReportedWithFileAndLineAndTheBuiltInRulesStillWork() throws Exception {
        ServerProcess.assumeJar();
        Path folder = Path.of("target", "reliability", "broken-rules");
        KillRestartIT.deleteTree(folder);
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Path broken = rules.resolve("broken.drl");
        Files.writeString(broken, """
                package org.example.user

                rule "half a rule"
                when
                    this is not drl (
                then
                end
                """, StandardCharsets.UTF_8);

        PostgresCluster.Result refused = PostgresCluster.run(Duration.ofMinutes(4), ServerProcess.command(List.of(
                "assess", "samples/brightpath-software.json", "--date", "2026-11-29", "--rules", rules.toString()))
                .toArray(String[]::new));
        System.out.println("assess --rules with a broken file, exit " + refused.exit() + ":\n" + refused.output());
        assertThat(refused.exit()).as(refused.output()).isEqualTo(2);
        // Only the assessor's own words: no log line of Drools repeating them, no follow-on error at line 0.
        assertThat(refused.output()).isEqualTo("error: the rules cannot be built:\n  " + broken
                + ":5: [ERR 102] Line 5:9 mismatched input 'is' in rule \"half a rule\"\n");

        Path out = folder.resolve("result.json");
        PostgresCluster.Result assessed = PostgresCluster.run(Duration.ofMinutes(4), ServerProcess.command(List.of(
                "assess", "samples/brightpath-software.json", "--date", "2026-11-29", "--format", "json",
                "--out", out.toString(), "-q")).toArray(String[]::new));
        assertThat(assessed.exit()).as(assessed.output()).isZero();
        JsonNode result = Http.JSON.readTree(out.toFile());
        // The counts of SampleSummaryTest for this sample on this date.
        assertThat(result.path("summary").path("byKind").toString())
                .isEqualTo("{\"major\":1,\"minor\":22,\"gap\":57,\"observation\":3}");
        assertThat(result.path("readiness").path("verdict").asString()).isEqualTo("not-ready");
    }
}
