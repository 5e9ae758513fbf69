package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.catalogue.ControlAttributes;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.coverage.Coverage;
import org.ismsassessor.coverage.IdCoverage;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.report.JsonReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code catalogue}: every requirement and control id of an edition with how many rules and scenarios cover it. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Lists every requirement and Annex A control id with the rules and scenarios that cover it.")
final class CatalogueCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--uncovered", description = "list only ids without a rule or without scenarios both ways")
    boolean uncoveredOnly;

    @Option(names = "--edition", defaultValue = "iso27001-2005", paramLabel = "ID",
            description = "the edition whose catalogue to list: iso27001-2005 or iso27001-2022 (default: ${DEFAULT-VALUE})")
    String editionId;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Edition> chosen = Edition.byId(editionId);
        if (chosen.isEmpty()) {
            err.println("error: --edition must be one of " + Edition.ids() + ", not '" + editionId + "'");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (!"json".equals(format) && !"text".equals(format)) {
            err.println("error: --format must be text or json, not '" + format + "'");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        Edition edition = chosen.get();
        boolean hasRules = RuleBase.hasRulePack(edition);
        Catalogue catalogue;
        List<IdCoverage> all;
        if (hasRules) {
            Engine engine = Engine.forEdition(edition, null);
            catalogue = engine.catalogue();
            all = Coverage.of(catalogue, engine.ruleBase().rules(), Coverage.bundledFeatures(edition));
        } else {
            // Without rules no id is covered, and a scenario tagged with an id of the same name in another edition
            // (8.2 is corrective action in 2005, risk assessment in 2022) must not count: nothing runs it here.
            catalogue = Catalogue.load(edition);
            all = Coverage.of(catalogue, List.of(), List.of());
        }
        List<IdCoverage> coverage = all.stream().filter(c -> !uncoveredOnly || !c.complete()).toList();
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.print(json(catalogue, coverage) + "\n");
            if (!hasRules) {
                // Standard output stays one JSON document; the reason every id is uncovered goes beside it.
                err.println("note: " + RuleBase.noRulePack(edition) + ": every id is uncovered");
            }
        } else {
            text(out, catalogue, coverage, all, hasRules);
        }
        out.flush();
        err.flush();
        return ExitCode.OK;
    }

    /** The coverage list, with each 2022 control's theme and attributes beside its coverage. */
    private static String json(Catalogue catalogue, List<IdCoverage> coverage) {
        JsonMapper mapper = JsonReport.mapper();
        ArrayNode list = mapper.createArrayNode();
        for (IdCoverage c : coverage) {
            ObjectNode entry = mapper.valueToTree(c);
            catalogue.control(c.id()).filter(control -> control.theme() != null).ifPresent(control -> {
                entry.put("theme", control.theme());
                entry.set("attributes", mapper.valueToTree(control.attributes()));
            });
            list.add(entry);
        }
        return mapper.writeValueAsString(list);
    }

    private static void text(PrintWriter out, Catalogue catalogue, List<IdCoverage> coverage, List<IdCoverage> all,
            boolean hasRules) {
        boolean themed = catalogue.controls().stream().anyMatch(c -> c.theme() != null);
        if (themed) {
            out.printf("%-20s %-11s %5s %10s %13s  %-14s %-4s %-3s %-32s %s%n", "id", "basis", "rules", "conforming",
                    "nonconforming", "theme", "type", "CIA", "concepts", "title");
        } else {
            out.printf("%-20s %-11s %5s %10s %13s  %s%n", "id", "basis", "rules", "conforming", "nonconforming", "title");
        }
        for (IdCoverage c : coverage) {
            if (themed) {
                Optional<Control> control = catalogue.control(c.id());
                ControlAttributes a = control.map(Control::attributes).orElse(null);
                out.printf("%-20s %-11s %5d %10d %13d  %-14s %-4s %-3s %-32s %s%n", c.id(), c.basis(), c.rules(),
                        c.conformingScenarios(), c.nonconformingScenarios(),
                        control.map(Control::theme).orElse(""), a == null ? "" : initials(a.controlTypes()),
                        a == null ? "" : initials(a.securityProperties()),
                        a == null ? "" : String.join(",", a.cybersecurityConcepts()), c.title());
            } else {
                out.printf("%-20s %-11s %5d %10d %13d  %s%n", c.id(), c.basis(), c.rules(), c.conformingScenarios(),
                        c.nonconformingScenarios(), c.title());
            }
        }
        long complete = all.stream().filter(IdCoverage::complete).count();
        out.printf("%n%d of %d ids covered by a rule and scenarios both ways%n", complete, all.size());
        if (!hasRules) {
            out.printf("%s: every id is uncovered until its rules are written%n",
                    RuleBase.noRulePack(catalogue.edition()));
        }
        List<IdCoverage> declared = all.stream().filter(IdCoverage::declarationOnly).toList();
        out.printf("%d ids judged on declaration alone (a snapshot cannot hold evidence for them):%n", declared.size());
        declared.forEach(c -> out.printf("  %-18s %s%n", c.id(), c.why()));
        if (themed) {
            out.printf("%nAttributes of ISO/IEC 27002:2022: type P preventive, D detective, C corrective; CIA the"
                    + " security properties preserved; --format json lists all five attributes.%n");
        }
    }

    /** {@code [preventive, detective]} as {@code PD}: the initials are distinct within each attribute. */
    private static String initials(List<String> values) {
        StringBuilder initials = new StringBuilder();
        values.forEach(v -> initials.append(Character.toUpperCase(v.charAt(0))));
        return initials.toString();
    }
}
