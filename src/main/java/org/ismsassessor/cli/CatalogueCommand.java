package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.coverage.Coverage;
import org.ismsassessor.coverage.IdCoverage;
import org.ismsassessor.report.JsonReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catalogue}: every requirement and control id with how many rules and scenarios cover it. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Lists every requirement and Annex A control id with the rules and scenarios that cover it.")
final class CatalogueCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--uncovered", description = "list only ids without a rule or without scenarios both ways")
    boolean uncoveredOnly;

    @Override
    public Integer call() {
        Engine engine = Engine.forEdition(Edition.ISO27001_2005, null);
        List<IdCoverage> all = Coverage.of(engine.catalogue(), engine.ruleBase().rules(), Coverage.bundledFeatures());
        List<IdCoverage> coverage = all.stream().filter(c -> !uncoveredOnly || !c.complete()).toList();
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.print(JsonReport.mapper().writeValueAsString(coverage) + "\n");
        } else if ("text".equals(format)) {
            out.printf("%-20s %-11s %5s %10s %13s  %s%n", "id", "basis", "rules", "conforming", "nonconforming", "title");
            for (IdCoverage c : coverage) {
                out.printf("%-20s %-11s %5d %10d %13d  %s%n", c.id(), c.basis(), c.rules(), c.conformingScenarios(),
                        c.nonconformingScenarios(), c.title());
            }
            long complete = all.stream().filter(IdCoverage::complete).count();
            out.printf("%n%d of %d ids covered by a rule and scenarios both ways%n", complete, all.size());
            List<IdCoverage> declared = all.stream().filter(IdCoverage::declarationOnly).toList();
            out.printf("%d ids judged on declaration alone (a snapshot cannot hold evidence for them):%n", declared.size());
            declared.forEach(c -> out.printf("  %-18s %s%n", c.id(), c.why()));
        } else {
            spec.commandLine().getErr().println("error: --format must be text or json, not '" + format + "'");
            return ExitCode.BAD_INPUT;
        }
        out.flush();
        return ExitCode.OK;
    }
}
