package org.ismsassessor.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isms-assessor} command and its sub-commands. */
@Command(name = "isms-assessor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Assesses an organization's ISMS snapshot against ISO/IEC 27001, requirement by requirement.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:assessed or valid; no finding at or above --fail-on",
            "1:findings at or above --fail-on; compare: a regression with --fail-on-regression",
            "2:bad input or usage (the message names the JSON path)",
            "3:internal error of the assessor"})
public final class AssessorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (needsBuiltInRules(args)) {
            // Load the rules while the command line is parsed and the catalogue and snapshot are read.
            RuleBase.preload(Edition.ISO27001_2005);
        }
        System.exit(run(args));
    }

    /** True for the commands that assess with the built-in rules alone. */
    static boolean needsBuiltInRules(String... args) {
        List<String> all = List.of(args);
        return args.length > 0 && Set.of("assess", "assess-all", "catalogue").contains(args[0])
                && all.stream().noneMatch(a -> a.equals("--rules") || a.startsWith("--rules="))
                && !all.contains("--help") && !all.contains("-h");
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /**
     * The sub-commands, in the order of the usage text. picocli reads each one's options by reflection when it is
     * added, which took a tenth of a small assessment's start; a command line naming one gets only that one.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("assess", AssessCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("catalogue", CatalogueCommand::new);
        all.put("compare", CompareCommand::new);
        all.put("history", HistoryCommand::new);
        all.put("portfolio", PortfolioCommand::new);
        all.put("generate", GenerateCommand::new);
        all.put("assess-all", AssessAllCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("template", TemplateCommand::new);
        all.put("import", ImportCommand::new);
        all.put("export", ExportCommand::new);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Runs the command line writing to the given streams; returns its exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AssessorCommand());
        boolean named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]);
        SUBCOMMANDS.forEach((name, command) -> {
            if (!named || name.equals(args[0])) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("Run with --help for usage.");
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("internal error: " + e);
            return ExitCode.INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
